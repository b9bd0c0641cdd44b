package com.osb.salesops.customercare;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.customercare.rules.CustomerCareRules;
import com.osb.salesops.customercare.rules.CustomerCareRules.CallbackTerms;
import com.osb.salesops.shared.rules.BrokenExample;
import com.osb.salesops.shared.rules.ExampleTable;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSetExamples;

import org.springframework.stereotype.Component;

/**
 * Runs {@code rules/customercare/delivery-callback.examples.csv} against the callback
 * rules before they go live: one callback per row.
 */
@Component
class CallbackExamples implements RuleSetExamples {

	@Override
	public String capability() {
		return CustomerCareConfiguration.CAPABILITY;
	}

	@Override
	public String ruleSet() {
		return "delivery-callback";
	}

	@Override
	public List<BrokenExample> check(RuleSet candidate, ExampleTable table) {
		CustomerCareRules rules = new CustomerCareRules(() -> candidate);
		List<BrokenExample> broken = new ArrayList<>();
		for (ExampleTable.Row row : table.rows()) {
			try {
				CallbackTerms terms = rules.callback(score(row, "deliveryScore"), score(row, "productScore"),
						score(row, "serviceScore"), Integer.parseInt(row.cells().get("failedAttempts")));
				compare(broken, row, "callbackAfterBusinessDays", String.valueOf(terms.callbackAfterBusinessDays()));
				compare(broken, row, "retryAfterBusinessDays", String.valueOf(terms.retryAfterBusinessDays()));
				compare(broken, row, "followUp", String.valueOf(terms.followUp()));
				compare(broken, row, "unreachable", String.valueOf(terms.unreachable()));
			}
			catch (RuntimeException ex) {
				broken
					.add(BrokenExample.problem(row.description(), row.line(), "cannot be checked: " + ex.getMessage()));
			}
		}
		return broken;
	}

	private static void compare(List<BrokenExample> broken, ExampleTable.Row row, String column, String actual) {
		String expected = row.cells().get(column);
		if (!actual.equals(expected)) {
			broken.add(BrokenExample.differs(row.description(), row.line(), column, expected, actual));
		}
	}

	private static Integer score(ExampleTable.Row row, String column) {
		String cell = row.cells().get(column);
		return (cell != null && !cell.isBlank()) ? Integer.valueOf(cell.trim()) : null;
	}

}
