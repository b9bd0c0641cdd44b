package com.osb.salesops.quota.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.*;

/**
 * Sales ops either submit the draft for approval or draft it again, with a target that is
 * a positive multiple of 100.
 */
@Component
class CheckPlanReviewListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String decision = REVIEW_DECISION.get(task);
		if (!"SUBMIT".equals(decision) && !"REDRAFT".equals(decision)) {
			throw new FormFieldValidationException("reviewDecision",
					Messages.text("field.form-plan-review", "Choose SUBMIT or REDRAFT"));
		}
		Long target = TARGET.get(task);
		if (target == null || target <= 0 || target % 100 != 0) {
			throw new FormFieldValidationException("target",
					Messages.text("field.form-target", "The target must be a positive multiple of 100"));
		}
		if ("SUBMIT".equals(decision)) {
			MARKET_REVIEWS.set(task.getExecution().getProcessInstance(), "");
		}
	}

}
