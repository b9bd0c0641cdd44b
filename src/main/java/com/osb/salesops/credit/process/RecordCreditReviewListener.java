package com.osb.salesops.credit.process;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records finance's review of a rating change, with the comment, in the audit trail.
 */
@Component
class RecordCreditReviewListener implements TaskListener {

	private final AuditLog audit;

	RecordCreditReviewListener(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		String comment = CreditRefreshProcess.REVIEW_COMMENT.get(task);
		if (comment == null || comment.isBlank()) {
			throw new FormFieldValidationException("reviewComment",
					Messages.text("field.form-review-comment", "Say what was checked or decided"));
		}
		String actor = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() != null
				? task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId()
				: task.getAssignee();
		this.audit.record(actor, "CREDIT_REVIEWED", "credit_rating",
				String.valueOf(CreditRefreshProcess.RATING_ID.get(task)), task.getProcessInstanceId(), comment);
	}

}
