package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a changed plan would pay against the current rules, rep by rep and in total.
 *
 * @param reps each rep's payout under both plans
 * @param currentTotal the sum of the payouts under the current rules
 * @param changedTotal the sum of the payouts under the changed plan
 * @param difference changed minus current
 */
public record PlanComparison(List<Rep> reps, BigDecimal currentTotal, BigDecimal changedTotal, BigDecimal difference) {

	/**
	 * One rep under both plans.
	 *
	 * @param id the rep
	 * @param attainment credited revenue over quota, a ratio
	 * @param currentRate payout rate under the current rules
	 * @param changedRate payout rate under the changed plan
	 * @param currentPayout payout under the current rules
	 * @param changedPayout payout under the changed plan
	 * @param difference changed minus current
	 */
	public record Rep(String id, BigDecimal attainment, BigDecimal currentRate, BigDecimal changedRate,
			BigDecimal currentPayout, BigDecimal changedPayout, BigDecimal difference) {
	}

}
