package com.osb.salesops.returns.process;

import com.osb.salesops.returns.Returns;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.*;

/**
 * An approver approves the return, or rejects it with a reason; the decision and who made
 * it are recorded.
 */
@Component
class CheckReturnDecisionListener implements TaskListener {

	private final Returns returns;

	CheckReturnDecisionListener(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = RETURN_DECISION.get(task);
		if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
			throw new FormFieldValidationException("returnDecision",
					Messages.text("field.form-return-decision", "Approve or reject the return"));
		}
		String comment = RETURN_DECISION_COMMENT.get(task);
		if ("REJECT".equals(decision) && (comment == null || comment.isBlank())) {
			throw new FormFieldValidationException("returnDecisionComment",
					Messages.text("field.form-return-reason", "Say why the return is rejected"));
		}
		String role = TASK_DIRECTOR_APPROVE.equals(task.getTaskDefinitionKey()) ? "sales director" : "sales manager";
		this.returns.decided(RETURN_NUMBER.get(task), role, "APPROVE".equals(decision), comment,
				ReturnActors.current(task));
	}

}
