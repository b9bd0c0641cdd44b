package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.incentive.model.PayoutSimulation;
import com.osb.salesops.incentive.model.PlanComparison;
import com.osb.salesops.incentive.model.RepFigures;
import com.osb.salesops.shared.web.FieldError;

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
	public List<FieldError> problems(PayoutPlan changedPlan) {
		if (!changedPlan.isComplete()) {
			this.rules.complete(changedPlan);
		}
		List<FieldError> problems = new ArrayList<>();
		if (changedPlan.getThreshold().compareTo(changedPlan.getTarget()) > 0) {
			problems.add(FieldError.of("plan", "threshold-above-target", "threshold {0} is above target {1}",
					changedPlan.getThreshold().toPlainString(), changedPlan.getTarget().toPlainString()));
		}
		if (changedPlan.getTarget().compareTo(changedPlan.getAcceleratedUpTo()) > 0) {
			problems.add(FieldError.of("plan", "target-above-accelerated", "target {0} is above acceleratedUpTo {1}",
					changedPlan.getTarget().toPlainString(), changedPlan.getAcceleratedUpTo().toPlainString()));
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
