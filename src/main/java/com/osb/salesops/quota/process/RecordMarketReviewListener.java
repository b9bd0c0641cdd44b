package com.osb.salesops.quota.process;

import java.util.Locale;

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
			APPROVAL_COMMENT.set(plan, Messages.inCompanyLanguage("form-text.plan-sent-back",
					"Sent back by {0} for market {1}: {2}", by, market, comment));
		}
		else if (!"PASS".equals(decision)) {
			throw new FormFieldValidationException("marketReviewDecision",
					Messages.text("field.form-market-review", "Choose PASS or SEND_BACK"));
		}
		String reviews = MARKET_REVIEWS.get(plan);
		String decided = Messages.inCompanyLanguage("form-text.plan-decision-" + decision.toLowerCase(Locale.ROOT),
				decision);
		String review = (comment != null && !comment.isBlank())
				? Messages.inCompanyLanguage("form-text.plan-market-review-comment", "{0}: {1} by {2} ({3})", market,
						decided, by, comment)
				: Messages.inCompanyLanguage("form-text.plan-market-review", "{0}: {1} by {2}", market, decided, by);
		MARKET_REVIEWS.set(plan, ((reviews != null) ? reviews : "") + review + "\n");
	}

}
