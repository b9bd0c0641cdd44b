package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.incentive.model.PayoutSimulation;
import com.osb.salesops.incentive.model.PlanComparison;
import com.osb.salesops.incentive.model.RepFigures;

import org.springframework.stereotype.Component;

/**
 * Runs the same reps through the current rules and through a plan with some figures
 * changed, so that sales ops see what a change would cost before an analyst edits the
 * rules.
 */
@Component
public class PlanComparisons {

	private final PayoutCalculator calculator;

	public PlanComparisons(PayoutCalculator calculator) {
		this.calculator = calculator;
	}

	/**
	 * @param changedPlan the changed figures; the rules fill in the others
	 */
	public PlanComparison compare(List<RepFigures> reps, PayoutPlan changedPlan) {
		List<PlanComparison.Rep> compared = new ArrayList<>(reps.size());
		BigDecimal currentTotal = BigDecimal.ZERO;
		BigDecimal changedTotal = BigDecimal.ZERO;
		for (RepFigures rep : reps) {
			PayoutSimulation current = this.calculator.simulate(rep.quota(), rep.targetIncentive(), rep.credited(),
					rep.newCustomers());
			PayoutSimulation changed = this.calculator.simulate(rep.quota(), rep.targetIncentive(), rep.credited(),
					rep.newCustomers(), changedPlan);
			compared
				.add(new PlanComparison.Rep(rep.id(), current.attainment(), current.payoutRate(), changed.payoutRate(),
						current.payout(), changed.payout(), changed.payout().subtract(current.payout())));
			currentTotal = currentTotal.add(current.payout());
			changedTotal = changedTotal.add(changed.payout());
		}
		return new PlanComparison(compared, currentTotal, changedTotal, changedTotal.subtract(currentTotal));
	}

}
