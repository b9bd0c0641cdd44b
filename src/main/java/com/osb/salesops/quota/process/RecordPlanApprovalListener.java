package com.osb.salesops.quota.process;

import com.osb.salesops.quota.QuotaPlans;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.*;

/**
 * The leadership approves the plan or sends it back with the reason, which sales ops read
 * when they review it again.
 */
@Component
class RecordPlanApprovalListener implements TaskListener {

	private final QuotaPlans plans;

	RecordPlanApprovalListener(QuotaPlans plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = APPROVAL_DECISION.get(task);
		String comment = APPROVAL_COMMENT.get(task);
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String decidedBy = (user != null) ? user.getUserId() : task.getAssignee();
		if ("APPROVE".equals(decision)) {
			this.plans.approve(PLAN_ID.get(task), decidedBy, comment);
		}
		else if ("SEND_BACK".equals(decision)) {
			if (comment == null || comment.isBlank()) {
				throw new FormFieldValidationException("approvalComment",
						Messages.text("field.form-plan-sent-back", "Say why the plan goes back"));
			}
			this.plans.sendBack(PLAN_ID.get(task), decidedBy, comment);
		}
		else {
			throw new FormFieldValidationException("approvalDecision",
					Messages.text("field.form-plan-approval", "Choose APPROVE or SEND_BACK"));
		}
	}

}
