package com.osb.salesops.credit.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * The requester renews the adjustment with a reason, or lets it lapse at the refresh.
 */
@Component
class CheckRenewalDecisionListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String decision = RENEWAL_DECISION.get(task);
		if (!"RENEW".equals(decision) && !"LAPSE".equals(decision)) {
			throw new FormFieldValidationException("renewalDecision",
					Messages.text("field.form-renewal-decision", "Choose RENEW or LAPSE"));
		}
		String reason = RENEWAL_REASON.get(task);
		if ("RENEW".equals(decision) && (reason == null || reason.isBlank())) {
			throw new FormFieldValidationException("renewalReason",
					Messages.text("field.form-renewal-reason", "Say why the adjustment should be renewed"));
		}
	}

}
