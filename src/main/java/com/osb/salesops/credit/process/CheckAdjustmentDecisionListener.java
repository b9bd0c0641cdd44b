package com.osb.salesops.credit.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * An approver decides with a comment, and never on their own request.
 */
@Component
class CheckAdjustmentDecisionListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String decision = DECISION.get(task);
		if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
			throw new FormFieldValidationException("decision",
					Messages.text("field.form-approve-or-reject", "Choose APPROVE or REJECT"));
		}
		String comment = DECISION_COMMENT.get(task);
		if (comment == null || comment.isBlank()) {
			throw new FormFieldValidationException("decisionComment",
					Messages.text("field.form-decision-reason", "Give the reason for the decision"));
		}
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String decidedBy = (user != null) ? user.getUserId() : task.getAssignee();
		if (decidedBy != null && decidedBy.equals(REQUESTED_BY.get(task))) {
			throw new FormFieldValidationException("decision", Messages.text("field.form-own-adjustment",
					"You asked for this adjustment; another approver must decide on it"));
		}
		DECIDED_BY.set(task, decidedBy);
	}

}
