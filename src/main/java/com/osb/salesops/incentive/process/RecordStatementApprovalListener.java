package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.StatementReviews;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records the manager's approval of a dispute's outcome, or sends it back to sales ops
 * with a comment.
 */
@Component
class RecordStatementApprovalListener implements TaskListener {

	private final StatementReviews reviews;

	RecordStatementApprovalListener(StatementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = IncentiveStatementRunProcess.APPROVAL_DECISION.get(task);
		String comment = IncentiveStatementRunProcess.APPROVAL_COMMENT.get(task);
		String period = IncentiveStatementRunProcess.PERIOD.get(task);
		String repId = IncentiveStatementRunProcess.REP_ID.get(task);
		if ("APPROVE".equals(decision)) {
			this.reviews.settle(period, repId, IncentiveStatementRunProcess.actor(task), comment);
		}
		else if ("SEND_BACK".equals(decision)) {
			if (IncentiveStatementRunProcess.blank(comment)) {
				throw new FormFieldValidationException("approvalComment", "Say what sales ops should look at again");
			}
			this.reviews.sendBack(period, repId, IncentiveStatementRunProcess.actor(task), comment);
		}
		else {
			throw new FormFieldValidationException("approvalDecision", "Choose APPROVE or SEND_BACK");
		}
	}

}
