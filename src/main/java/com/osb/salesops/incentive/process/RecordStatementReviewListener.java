package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.StatementReviews;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records the rep's review: the statement accepted, or disputed with a reason.
 */
@Component
class RecordStatementReviewListener implements TaskListener {

	private final StatementReviews reviews;

	RecordStatementReviewListener(StatementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = IncentiveStatementRunProcess.REVIEW_DECISION.get(task);
		String reason = IncentiveStatementRunProcess.DISPUTE_REASON.get(task);
		String period = IncentiveStatementRunProcess.PERIOD.get(task);
		String repId = IncentiveStatementRunProcess.REP_ID.get(task);
		if ("ACCEPT".equals(decision)) {
			this.reviews.accept(period, repId, IncentiveStatementRunProcess.actor(task));
		}
		else if ("DISPUTE".equals(decision)) {
			if (IncentiveStatementRunProcess.blank(reason)) {
				throw new FormFieldValidationException("disputeReason", "Say which line is wrong and why");
			}
			this.reviews.dispute(period, repId, reason.trim(), IncentiveStatementRunProcess.actor(task));
		}
		else {
			throw new FormFieldValidationException("reviewDecision", "Choose ACCEPT or DISPUTE");
		}
	}

}
