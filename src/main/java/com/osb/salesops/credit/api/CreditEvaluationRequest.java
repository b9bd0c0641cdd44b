package com.osb.salesops.credit.api;

import java.math.BigDecimal;

import com.osb.salesops.credit.model.CreditInputs;
import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.shared.web.Amount;
import com.osb.salesops.shared.web.Money;
import com.osb.salesops.shared.web.WholeNumber;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The inputs of a credit what-if, as POLICY section 2 names them.
 *
 * @param trailing12mNetSales the last 12 months' net sales in yuan
 * @param avgDaysLate the average days late over those months
 * @param maxOverdueDays the days overdue of the oldest open invoice
 * @param yearsAsCustomer whole years since the first order
 * @param growthPotential HIGH, MEDIUM or LOW
 * @param manualAdjustment an adjustment of the limit in yuan, 0 when absent
 */
record CreditEvaluationRequest(
		@NotNull(message = "{salesops.required}") @Money @DecimalMin(value = "0",
				message = "{salesops.not-negative}") BigDecimal trailing12mNetSales,
		@NotNull(message = "{salesops.required}") @Amount @DecimalMin(value = "0",
				message = "{salesops.not-negative}") BigDecimal avgDaysLate,
		@NotNull(message = "{salesops.required}") @WholeNumber @DecimalMin(value = "0",
				message = "{salesops.not-negative}") BigDecimal maxOverdueDays,
		@NotNull(message = "{salesops.required}") @WholeNumber @DecimalMin(value = "0",
				message = "{salesops.not-negative}") BigDecimal yearsAsCustomer,
		@NotNull(message = "{salesops.required}") GrowthPotential growthPotential, @Money BigDecimal manualAdjustment) {

	CreditInputs inputs() {
		return new CreditInputs(this.trailing12mNetSales, this.avgDaysLate, this.maxOverdueDays.intValueExact(),
				this.yearsAsCustomer.intValueExact(), this.growthPotential,
				(this.manualAdjustment != null) ? this.manualAdjustment : BigDecimal.ZERO);
	}

}
