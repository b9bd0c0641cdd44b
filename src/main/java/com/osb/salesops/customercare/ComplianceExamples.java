package com.osb.salesops.customercare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.customercare.model.ContactType;
import com.osb.salesops.customercare.rules.CustomerCareRules;
import com.osb.salesops.customercare.rules.CustomerCareRules.RuledFinding;
import com.osb.salesops.customercare.rules.CustomerComplianceFact;
import com.osb.salesops.customercare.rules.CustomerComplianceFact.FileParts;
import com.osb.salesops.masterdata.CustomerCareFiles;
import com.osb.salesops.shared.rules.BrokenExample;
import com.osb.salesops.shared.rules.ExampleTable;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSetExamples;

import org.springframework.stereotype.Component;

/**
 * Runs {@code rules/customercare/customer-compliance.examples.csv} against the compliance
 * rules before they go live: one customer per row, with the duties it does not meet.
 */
@Component
class ComplianceExamples implements RuleSetExamples {

	@Override
	public String capability() {
		return CustomerCareConfiguration.CAPABILITY;
	}

	@Override
	public String ruleSet() {
		return "customer-compliance";
	}

	@Override
	public List<BrokenExample> check(RuleSet candidate, ExampleTable table) {
		CustomerCareRules rules = new CustomerCareRules(() -> candidate);
		List<BrokenExample> broken = new ArrayList<>();
		for (ExampleTable.Row row : table.rows()) {
			try {
				String actual = String.join(" ",
						rules.compliance(List.of(fact(row))).get(0).stream().map(RuledFinding::duty).toList());
				String expected = present(row, "findings") ? row.cells().get("findings").trim() : "";
				if (!expected.equals(actual)) {
					broken.add(BrokenExample.differs(row.description(), row.line(), "findings", expected, actual));
				}
			}
			catch (RuntimeException ex) {
				broken
					.add(BrokenExample.problem(row.description(), row.line(), "cannot be checked: " + ex.getMessage()));
			}
		}
		return broken;
	}

	/** The customer a row describes. */
	static CustomerComplianceFact fact(ExampleTable.Row row) {
		FileParts file = new FileParts(row.cells().get("customerType"), Boolean.parseBoolean(row.cells().get("active")),
				present(row, "legalName"),
				CustomerCareFiles.taxNumberProblem(row.cells().get("taxNumber")).orElse(null),
				present(row, "invoiceAddress"), present(row, "bankAccount"), present(row, "contactPhone"),
				present(row, "receivingContact"));
		Map<String, Integer> daysSince = new HashMap<>();
		for (ContactType type : ContactType.values()) {
			String column = "daysSinceLast" + type.name().charAt(0) + type.name().substring(1).toLowerCase();
			if (present(row, column)) {
				daysSince.put(type.name(), Integer.valueOf(row.cells().get(column).trim()));
			}
		}
		return new CustomerComplianceFact(file, daysSince,
				Boolean.parseBoolean(row.cells().get("logisticsConfirmedThisQuarter")));
	}

	private static boolean present(ExampleTable.Row row, String column) {
		String cell = row.cells().get(column);
		return cell != null && !cell.isBlank();
	}

}
