package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.List;

import com.osb.salesops.incentive.model.Payout;
import com.osb.salesops.incentive.model.PayoutStatement;
import com.osb.salesops.incentive.model.TeamPayout;

import org.springframework.stereotype.Component;

/**
 * Region and market managers are paid on their team's attainment, the sum of the reps'
 * credited revenue over the sum of their quotas, with the reps' curve on their own target
 * incentive. The team's figures carry nothing forward: each rep's carry-forward is
 * already in the rep's credited revenue.
 */
@Component
public class TeamPayouts {

	private final PayoutRules rules;

	public TeamPayouts(PayoutRules rules) {
		this.rules = rules;
	}

	/** The manager's payout on the statements of the reps under them. */
	public TeamPayout payout(List<PayoutStatement> team, BigDecimal targetIncentive) {
		BigDecimal credited = team.stream().map(PayoutStatement::credited).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal quota = team.stream().map(PayoutStatement::quota).reduce(BigDecimal.ZERO, BigDecimal::add);
		return payout(credited, quota, targetIncentive, team.stream().map(PayoutStatement::repId).toList());
	}

	/** The manager's payout on the team's summed credited revenue and quotas. */
	public TeamPayout payout(BigDecimal credited, BigDecimal quota, BigDecimal targetIncentive, List<String> repIds) {
		if (repIds.isEmpty()) {
			throw new IllegalArgumentException("A manager's payout needs at least one rep in the team");
		}
		Payout payout = new Payout(credited, PayoutCalculator.ratio(credited, quota), false, this.rules.defaultPlan());
		List<String> fired = this.rules.decide(payout);
		return new TeamPayout(credited, quota, PayoutCalculator.plain(payout.getAttainment()),
				PayoutCalculator.plain(PayoutCalculator.rate(payout)), targetIncentive,
				PayoutCalculator.money(targetIncentive.multiply(PayoutCalculator.rate(payout))), repIds, fired,
				this.rules.version());
	}

}
