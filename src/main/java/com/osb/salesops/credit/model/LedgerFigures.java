package com.osb.salesops.credit.model;

import java.math.BigDecimal;

/**
 * A customer's credit inputs as computed from the ledger on an evaluation date.
 *
 * @param customerId the customer
 * @param trailing12mNetSales invoiced minus credit notes over the 12 full months before
 * @param avgDaysLate amount-weighted average days late of invoices settled in those
 * months
 * @param maxOverdueDays days past due of the oldest open invoice
 * @param yearsAsCustomer whole years since the first order
 * @param growthPotential the sales manager's view of the account
 */
public record LedgerFigures(long customerId, BigDecimal trailing12mNetSales, BigDecimal avgDaysLate, int maxOverdueDays,
		int yearsAsCustomer, GrowthPotential growthPotential) {

	public CreditInputs withAdjustment(BigDecimal manualAdjustment) {
		return new CreditInputs(this.trailing12mNetSales, this.avgDaysLate, this.maxOverdueDays, this.yearsAsCustomer,
				this.growthPotential, manualAdjustment);
	}

}
