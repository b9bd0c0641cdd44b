package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.util.List;

import com.osb.salesops.credit.model.RuleFired;

/**
 * The answer of the order credit check (POLICY section 2).
 *
 * @param creditResult PASS, PREPAY or HOLD
 * @param holdReason OVERDUE or OVER_LIMIT for a hold, else null
 * @param exposure open receivables + committed orders + this order
 * @param creditLimit the customer's limit
 * @param grade the customer's grade
 * @param paymentTerms the customer's payment terms
 * @param maxOverdueDays days past due of the oldest open invoice
 * @param rulesFired the rules that decided
 */
public record CreditCheckResult(String creditResult, String holdReason, BigDecimal exposure, BigDecimal creditLimit,
		String grade, String paymentTerms, int maxOverdueDays, List<RuleFired> rulesFired) {

	public static final String PASS = "PASS";

	public boolean passed() {
		return PASS.equals(this.creditResult);
	}

	/** The rules that decided, as the analysts worded them, one per line. */
	public String explanation() {
		return this.rulesFired.stream()
			.map(RuleFired::description)
			.filter((description) -> description != null && !description.isBlank())
			.collect(java.util.stream.Collectors.joining("\n"));
	}

}
