package com.osb.salesops.incentive.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.shared.web.Amount;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.RequestRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A plan what-if: the reps' figures, and the figures of the payout plan to change.
 *
 * @param plan the plan figures to change; the others keep the current rules' values
 * @param reps the reps to compare, each with an id
 */
record PlanComparisonRequest(@Valid Plan plan, @NotEmpty(message = "{salesops.not-empty-list}") @Size(max = 10000,
		message = "{salesops.list-size}") List<@NotNull(message = "{salesops.required}") @Valid RepFiguresRequest> reps)
		implements
			RequestRules {

	/** Each compared rep needs an id. */
	@Override
	public List<FieldError> broken() {
		List<FieldError> broken = new ArrayList<>();
		for (int index = 0; this.reps != null && index < this.reps.size(); index++) {
			if (this.reps.get(index) != null && this.reps.get(index).id() == null) {
				broken.add(FieldError.of("reps[" + index + "].id", "required", "is required"));
			}
		}
		return broken;
	}

	/**
	 * The payout plan's figures to change, each 0 or more.
	 *
	 * @param threshold attainment below which nothing is paid
	 * @param target attainment paying the target incentive
	 * @param acceleratedUpTo attainment up to which the accelerator applies
	 * @param accelerator the slope between target and acceleratedUpTo
	 * @param slopeAbove the slope above acceleratedUpTo
	 * @param cap the highest payout, as a share of the target incentive
	 */
	record Plan(@Amount @DecimalMin(value = "0", message = "{salesops.not-negative}") BigDecimal threshold,
			@Amount @DecimalMin(value = "0", message = "{salesops.not-negative}") BigDecimal target,
			@Amount @DecimalMin(value = "0", message = "{salesops.not-negative}") BigDecimal acceleratedUpTo,
			@Amount @DecimalMin(value = "0", message = "{salesops.not-negative}") BigDecimal accelerator,
			@Amount @DecimalMin(value = "0", message = "{salesops.not-negative}") BigDecimal slopeAbove,
			@Amount @DecimalMin(value = "0", message = "{salesops.not-negative}") BigDecimal cap) {

		PayoutPlan overrides() {
			return PayoutPlan.withOverrides(this.threshold, this.target, this.acceleratedUpTo, this.accelerator,
					this.slopeAbove, this.cap);
		}

	}

	PayoutPlan payoutPlan() {
		return (this.plan != null) ? this.plan.overrides()
				: PayoutPlan.withOverrides(null, null, null, null, null, null);
	}

}
