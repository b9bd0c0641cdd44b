package com.osb.salesops.incentive.process;

import java.math.BigDecimal;

import com.osb.salesops.incentive.StatementReviews;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records sales ops' decision on a dispute: adjust the payout by an amount, or reject,
 * each with a reason.
 */
@Component
class RecordArbitrationListener implements TaskListener {

	private final StatementReviews reviews;

	RecordArbitrationListener(StatementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = IncentiveStatementRunProcess.ARBITRATION_DECISION.get(task);
		Double amount = IncentiveStatementRunProcess.ADJUSTMENT_AMOUNT.get(task);
		String reason = IncentiveStatementRunProcess.ARBITRATION_REASON.get(task);
		String period = IncentiveStatementRunProcess.PERIOD.get(task);
		String repId = IncentiveStatementRunProcess.REP_ID.get(task);
		if (!"ADJUST".equals(decision) && !"REJECT".equals(decision)) {
			throw new FormFieldValidationException("arbitrationDecision", "Choose ADJUST or REJECT");
		}
		if (IncentiveStatementRunProcess.blank(reason)) {
			throw new FormFieldValidationException("arbitrationReason", "Give the reason for the decision");
		}
		BigDecimal adjustment = (amount != null) ? BigDecimal.valueOf(amount) : null;
		if ("ADJUST".equals(decision) && (adjustment == null || adjustment.signum() == 0)) {
			throw new FormFieldValidationException("adjustmentAmount",
					"Give the amount to add (or, negative, take off)");
		}
		if ("ADJUST".equals(decision) && this.reviews.leavesNegativePayout(period, repId, adjustment)) {
			throw new FormFieldValidationException("adjustmentAmount", "The payout would become negative");
		}
		this.reviews.arbitrate(period, repId, decision, adjustment, reason.trim(),
				IncentiveStatementRunProcess.actor(task));
	}

}
