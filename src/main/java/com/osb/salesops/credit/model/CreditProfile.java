package com.osb.salesops.credit.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A customer's current credit standing as the last evaluation left it.
 *
 * @param customerId the customer
 * @param grade credit grade
 * @param formulaLimit limit by formula
 * @param creditLimit limit with the manual adjustment
 * @param paymentTerms payment terms
 * @param manualAdjustment the approved adjustment in force (0 when none)
 * @param adjustmentExpiresOn the refresh date at which the adjustment lapses
 * @param previousGrade grade before the last evaluation
 * @param previousLimit limit before the last evaluation
 * @param evaluatedOn date of the last evaluation
 * @param committedAmount amount of orders that passed the credit check and are not yet
 * invoiced
 */
public record CreditProfile(long customerId, String grade, BigDecimal formulaLimit, BigDecimal creditLimit,
		String paymentTerms, BigDecimal manualAdjustment, LocalDate adjustmentExpiresOn, String previousGrade,
		BigDecimal previousLimit, LocalDate evaluatedOn, BigDecimal committedAmount) {

	/** The adjustment that still counts on the given date. */
	public BigDecimal adjustmentOn(LocalDate date) {
		boolean inForce = this.adjustmentExpiresOn == null || this.adjustmentExpiresOn.isAfter(date);
		return inForce ? this.manualAdjustment : BigDecimal.ZERO;
	}

}
