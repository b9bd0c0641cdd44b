package com.osb.salesops.credit.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of the credit rules for one customer, and why.
 *
 * @param grade credit grade A to E
 * @param monthsOfCover months of sales the limit covers
 * @param growthFactor factor for the growth potential
 * @param formulaLimit the limit by formula, before any adjustment
 * @param creditLimit the limit with the manual adjustment, never below zero
 * @param paymentTerms NET60, NET30 or PREPAY
 * @param adjustmentApprover the group that must approve the adjustment, NONE without one,
 * REFUSED when the policy does not allow it
 * @param rulesFired every rule that produced these figures
 */
public record CreditEvaluation(String grade, BigDecimal monthsOfCover, BigDecimal growthFactor, BigDecimal formulaLimit,
		BigDecimal creditLimit, String paymentTerms, String adjustmentApprover, List<RuleFired> rulesFired) {

	public static final String NO_APPROVER = "NONE";

	public static final String REFUSED = "REFUSED";

	public boolean adjustmentRefused() {
		return REFUSED.equals(this.adjustmentApprover);
	}

	/** The description of the rule that refused the adjustment, or of the last rule. */
	public String refusalReason() {
		return this.rulesFired.stream()
			.filter((rule) -> rule.decision().equals("credit-adjustment-approver"))
			.map(RuleFired::description)
			.findFirst()
			.orElse("The adjustment is outside the bounds of the policy");
	}

}
