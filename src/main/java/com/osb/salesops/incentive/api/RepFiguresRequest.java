package com.osb.salesops.incentive.api;

import java.math.BigDecimal;

import com.osb.salesops.incentive.model.RepFigures;
import com.osb.salesops.shared.web.Amount;
import com.osb.salesops.shared.web.WholeNumber;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One rep's figures for a payout what-if.
 *
 * @param id the rep, needed where several are compared
 * @param quota the quarter's quota, above 0
 * @param targetIncentive the payout at 100% attainment
 * @param credited the credited revenue of the quarter
 * @param newCustomers the new customers won in the quarter
 */
record RepFiguresRequest(@Size(min = 1, max = 100, message = "{salesops.list-size}") String id,
		@NotNull(message = "{salesops.required}") @Amount @DecimalMin(value = "0", inclusive = false,
				message = "{salesops.positive}") BigDecimal quota,
		@NotNull(message = "{salesops.required}") @Amount @DecimalMin(value = "0",
				message = "{salesops.not-negative}") BigDecimal targetIncentive,
		@NotNull(message = "{salesops.required}") @Amount BigDecimal credited,
		@NotNull(message = "{salesops.required}") @WholeNumber @DecimalMin(value = "0",
				message = "{salesops.not-negative}") BigDecimal newCustomers) {

	RepFigures figures() {
		return new RepFigures(this.id, this.quota, this.targetIncentive, this.credited,
				this.newCustomers.intValueExact());
	}

}
