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

	private final PayoutRules rules;

	public PlanComparisons(PayoutCalculator calculator, PayoutRules rules) {
		this.calculator = calculator;
		this.rules = rules;
	}

	/**
	 * Completes the changed plan with the rules' defaults and names what makes its bands
	 * overlap, so that a caller can refuse it before any payout is computed.
	 */
	public List<String> problems(PayoutPlan changedPlan) {
		if (!changedPlan.isComplete()) {
			this.rules.complete(changedPlan);
		}
		List<String> problems = new ArrayList<>();
		if (changedPlan.getThreshold().compareTo(changedPlan.getTarget()) > 0) {
			problems.add("threshold " + changedPlan.getThreshold().toPlainString() + " is above target "
					+ changedPlan.getTarget().toPlainString());
		}
		if (changedPlan.getTarget().compareTo(changedPlan.getAcceleratedUpTo()) > 0) {
			problems.add("target " + changedPlan.getTarget().toPlainString() + " is above acceleratedUpTo "
					+ changedPlan.getAcceleratedUpTo().toPlainString());
		}
		return problems;
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
