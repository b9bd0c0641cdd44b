package com.osb.salesops.quota.process;

import com.osb.salesops.quota.QuotaPlans;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.*;

/**
 * A market's director passes the market's part on to the general manager or sends the
 * whole plan back to sales ops with the reason; one send-back ends the other markets'
 * reviews, and the plan is reviewed again.
 */
@Component
class RecordMarketReviewListener implements TaskListener {

	private final QuotaPlans plans;

	RecordMarketReviewListener(QuotaPlans plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = MARKET_REVIEW_DECISION.get(task);
		String comment = MARKET_REVIEW_COMMENT.get(task);
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String by = (user != null) ? user.getUserId() : task.getAssignee();
		String market = MARKET_ID.get(task);
		VariableScope plan = task.getExecution().getProcessInstance();
		if ("SEND_BACK".equals(decision)) {
			if (comment == null || comment.isBlank()) {
				throw new FormFieldValidationException("marketReviewComment",
						Messages.text("field.form-plan-sent-back", "Say why the plan goes back"));
			}
			this.plans.sendBack(PLAN_ID.get(task), by, market + ": " + comment);
			APPROVAL_COMMENT.set(plan, "Sent back by " + by + " for market " + market + ": " + comment);
		}
		else if (!"PASS".equals(decision)) {
			throw new FormFieldValidationException("marketReviewDecision",
					Messages.text("field.form-market-review", "Choose PASS or SEND_BACK"));
		}
		String reviews = MARKET_REVIEWS.get(plan);
		MARKET_REVIEWS.set(plan, ((reviews != null) ? reviews : "") + market + ": " + decision + " by " + by
				+ ((comment != null && !comment.isBlank()) ? " (" + comment + ")" : "") + "\n");
	}

}
