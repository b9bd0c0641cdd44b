package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region or market manager's payout: the reps' curve applied to the team's attainment,
 * on the manager's own target incentive.
 *
 * @param credited the sum of the reps' credited revenue
 * @param quota the sum of the reps' quotas
 * @param attainment team credited revenue over team quota, unrounded
 * @param payoutRate the curve's rate
 * @param targetIncentive the manager's target incentive
 * @param payout target incentive times payout rate, in cents
 * @param repIds the reps of the team
 * @param rulesFired the rules that set the payout rate
 * @param rulesVersion the version of the incentive rules that computed the payout
 */
public record TeamPayout(BigDecimal credited, BigDecimal quota, BigDecimal attainment, BigDecimal payoutRate,
		BigDecimal targetIncentive, BigDecimal payout, List<String> repIds, List<String> rulesFired,
		String rulesVersion) {
}
