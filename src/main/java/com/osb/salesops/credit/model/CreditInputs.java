package com.osb.salesops.credit.model;

import java.math.BigDecimal;

/**
 * What the credit rules decide on (POLICY section 2), with the policy's names.
 *
 * @param trailing12mNetSales invoiced minus credit notes over the 12 full months before
 * the evaluation date
 * @param avgDaysLate amount-weighted average days past due of invoices settled in those
 * months
 * @param maxOverdueDays days past due of the oldest invoice still open
 * @param yearsAsCustomer whole years since the first order
 * @param growthPotential set by the account's sales manager
 * @param manualAdjustment an approved adjustment of the limit, may be negative
 */
public record CreditInputs(BigDecimal trailing12mNetSales, BigDecimal avgDaysLate, int maxOverdueDays,
		int yearsAsCustomer, GrowthPotential growthPotential, BigDecimal manualAdjustment) {
}
