package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.model.PayoutSimulation;
import com.osb.salesops.shared.rules.BrokenExample;
import com.osb.salesops.shared.rules.ExampleTable;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSetExamples;

import org.springframework.stereotype.Component;

/**
 * Runs {@code rules/incentive/payout.examples.csv} against incentive rules before they go
 * live: each example's attainment, payout rate, payout (to the cent) and the rules that
 * fired must come out as the row says.
 */
@Component
class PayoutExamples implements RuleSetExamples {

	@Override
	public String capability() {
		return PayoutRules.CAPABILITY;
	}

	@Override
	public String ruleSet() {
		return "payout";
	}

	@Override
	public List<BrokenExample> check(RuleSet candidate, ExampleTable table) {
		PayoutCalculator calculator = new PayoutCalculator(new PayoutRules(() -> candidate));
		List<BrokenExample> broken = new ArrayList<>();
		for (ExampleTable.Row row : table.rows()) {
			broken.addAll(check(calculator, row));
		}
		return broken;
	}

	private static List<BrokenExample> check(PayoutCalculator calculator, ExampleTable.Row row) {
		PayoutSimulation result;
		try {
			result = calculator.simulate(decimal(row, "quota"), decimal(row, "targetIncentive"),
					decimal(row, "credited"), Integer.parseInt(text(row, "newCustomers")));
		}
		catch (RuntimeException ex) {
			return List
				.of(BrokenExample.problem(row.description(), row.line(), "cannot be computed: " + ex.getMessage()));
		}
		List<BrokenExample> broken = new ArrayList<>();
		if (result.attainment().compareTo(decimal(row, "attainment")) != 0) {
			broken.add(differs(row, "attainment", result.attainment().toPlainString()));
		}
		if (result.payoutRate().compareTo(decimal(row, "payoutRate")) != 0) {
			broken.add(differs(row, "payoutRate", result.payoutRate().toPlainString()));
		}
		if (!result.payout().equals(decimal(row, "payout"))) {
			broken.add(differs(row, "payout", result.payout().toPlainString()));
		}
		String fired = String.join(" | ", result.rulesFired());
		if (!fired.equals(text(row, "rulesFired"))) {
			broken.add(differs(row, "rulesFired", fired));
		}
		return broken;
	}

	private static BrokenExample differs(ExampleTable.Row row, String field, String actual) {
		return BrokenExample.differs(row.description(), row.line(), field, text(row, field), actual);
	}

	private static BigDecimal decimal(ExampleTable.Row row, String column) {
		return new BigDecimal(text(row, column));
	}

	private static String text(ExampleTable.Row row, String column) {
		String cell = row.cells().get(column);
		if (cell == null) {
			throw new IllegalArgumentException("line " + row.line() + " has no " + column);
		}
		return cell;
	}

}
