package com.osb.salesops.ordertocash.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.APPROVAL_DECISION;
import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.APPROVAL_REASON;

/**
 * An approver approves, or rejects or sends back with a reason; the approver is recorded.
 */
@Component
class CheckApprovalDecisionListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String decision = APPROVAL_DECISION.get(task);
		if (!"APPROVE".equals(decision) && !"REJECT".equals(decision) && !"SEND_BACK".equals(decision)) {
			throw new FormFieldValidationException("approvalDecision",
					Messages.text("field.form-approval-decision", "Choose APPROVE, REJECT or SEND_BACK"));
		}
		String reason = APPROVAL_REASON.get(task);
		if (!"APPROVE".equals(decision) && (reason == null || reason.isBlank())) {
			throw new FormFieldValidationException("approvalReason",
					Messages.text("field.form-approval-reason", "Give the reason to reject or send back"));
		}
		task.setVariable("approvedBy", ProcessUsers.current(task));
	}

}
