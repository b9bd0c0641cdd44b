package com.osb.salesops.credit.model;

import java.math.BigDecimal;

/**
 * One active customer's rating under the rules in use and under a changed
 * {@code credit-limit}, and what it means for the orders the customer has open.
 *
 * @param customerCode the customer
 * @param customerName the customer's name
 * @param gradeBefore the grade under the rules in use
 * @param gradeAfter the grade under the changed rules
 * @param creditLimitBefore the limit under the rules in use, adjustment included
 * @param creditLimitAfter the limit under the changed rules, adjustment included
 * @param paymentTermsBefore the terms under the rules in use
 * @param paymentTermsAfter the terms under the changed rules
 * @param exposure open receivables plus the orders committed now
 * @param openOrders the amount of the orders committed now (0: no open order)
 * @param openOrdersBefore the credit check of the open orders under the rules in use
 * @param openOrdersAfter the credit check of the open orders under the changed rules
 */
public record CreditLimitChange(String customerCode, String customerName, String gradeBefore, String gradeAfter,
		BigDecimal creditLimitBefore, BigDecimal creditLimitAfter, String paymentTermsBefore, String paymentTermsAfter,
		BigDecimal exposure, BigDecimal openOrders, String openOrdersBefore, String openOrdersAfter) {

	/** Whether the grade, the limit or the terms change. */
	public boolean changed() {
		return !this.gradeBefore.equals(this.gradeAfter) || this.creditLimitBefore.compareTo(this.creditLimitAfter) != 0
				|| !this.paymentTermsBefore.equals(this.paymentTermsAfter);
	}

	/** How much the limit moves, negative for a cut. */
	public BigDecimal limitChange() {
		return this.creditLimitAfter.subtract(this.creditLimitBefore);
	}

	/** Whether open orders that pass the credit check now would be held. */
	public boolean openOrdersPassToHold() {
		return "PASS".equals(this.openOrdersBefore) && "HOLD".equals(this.openOrdersAfter);
	}

}
