package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.RepInput;
import com.osb.salesops.quota.model.RepQuota;
import com.osb.salesops.quota.rules.QuotaRules;
import com.osb.salesops.shared.rules.BrokenExample;
import com.osb.salesops.shared.rules.ExampleTable;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSetExamples;

import org.springframework.stereotype.Component;

/**
 * Runs {@code rules/quota/quota-allocation.examples.csv} against quota rules before they
 * go live: the rows of one example form an organisation with its target, and each rep's
 * ideal quota (to the cent), bound and rounded quota must come out as the row says.
 */
@Component
class QuotaAllocationExamples implements RuleSetExamples {

	@Override
	public String capability() {
		return QuotaConfiguration.CAPABILITY;
	}

	@Override
	public String ruleSet() {
		return "quota-allocation";
	}

	@Override
	public List<BrokenExample> check(RuleSet candidate, ExampleTable table) {
		QuotaPlanner planner = new QuotaPlanner(new QuotaRules(() -> candidate));
		Map<String, List<ExampleTable.Row>> byExample = new LinkedHashMap<>();
		table.rows()
			.forEach((row) -> byExample.computeIfAbsent(row.description(), (key) -> new ArrayList<>()).add(row));
		List<BrokenExample> broken = new ArrayList<>();
		byExample.forEach((example, rows) -> broken.addAll(check(planner, example, rows)));
		return broken;
	}

	private static List<BrokenExample> check(QuotaPlanner planner, String example, List<ExampleTable.Row> rows) {
		QuotaPlan plan;
		try {
			List<RepInput> reps = rows.stream()
				.map((row) -> new RepInput(cell(row, "rep"), new BigDecimal(cell(row, "lastYearActual")),
						new BigDecimal(cell(row, "potential")), Integer.parseInt(cell(row, "tenureMonths"))))
				.toList();
			plan = planner.allocate(new QuotaRequest(Long.parseLong(cell(rows.get(0), "target")), reps));
		}
		catch (RuntimeException ex) {
			return List
				.of(BrokenExample.problem(example, rows.get(0).line(), "cannot be allocated: " + ex.getMessage()));
		}
		List<BrokenExample> broken = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ExampleTable.Row row = rows.get(i);
			RepQuota rep = plan.reps().get(i);
			String of = " of rep " + cell(row, "rep");
			compare(broken, example, row, "idealQuota", of,
					BigDecimal.valueOf(rep.idealQuota()).setScale(2, RoundingMode.HALF_UP).toPlainString());
			compare(broken, example, row, "bound", of, String.valueOf(rep.bound()));
			compare(broken, example, row, "quota", of, String.valueOf(rep.quota()));
		}
		return broken;
	}

	private static void compare(List<BrokenExample> broken, String example, ExampleTable.Row row, String field,
			String ofRep, String actual) {
		String expected = cell(row, field);
		if (!actual.equals(expected)) {
			broken.add(BrokenExample.differs(example, row.line(), field + ofRep, expected, actual));
		}
	}

	private static String cell(ExampleTable.Row row, String column) {
		String cell = row.cells().get(column);
		if (cell == null) {
			throw new IllegalArgumentException("line " + row.line() + " has no " + column);
		}
		return cell;
	}

}
