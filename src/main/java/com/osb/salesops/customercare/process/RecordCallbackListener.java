package com.osb.salesops.customercare.process;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.customercare.ContactRefused;
import com.osb.salesops.customercare.DeliveryCallbacks;
import com.osb.salesops.customercare.DeliveryCallbacks.Attempt;
import com.osb.salesops.customercare.DeliveryCallbacks.Outcome;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.customercare.process.DeliveryCallbackProcess.*;

/**
 * Records the assistant's call: the scores, or a failed attempt and when to call again.
 * Missing scores refuse the completion, naming each.
 */
@Component
class RecordCallbackListener implements TaskListener {

	private final DeliveryCallbacks callbacks;

	private final BusinessClock clock;

	RecordCallbackListener(DeliveryCallbacks callbacks, BusinessClock clock) {
		this.callbacks = callbacks;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		Attempt attempt = new Attempt(Boolean.TRUE.equals(REACHED.get(task)), score(DELIVERY_SCORE.get(task)),
				score(PRODUCT_SCORE.get(task)), score(SERVICE_SCORE.get(task)), COMMENTS.get(task),
				Boolean.TRUE.equals(FOLLOW_UP_REQUESTED.get(task)));
		Outcome outcome;
		try {
			outcome = this.callbacks.attempt(CALLBACK_ID.get(task), ORDER_NUMBER.get(task), attempt,
					CustomerContactProcess.actor(task), task.getProcessInstanceId());
		}
		catch (ContactRefused refused) {
			throw new FormFieldValidationException(refused.firstField(), refused.getMessage(), refused);
		}
		CALLBACK_OUTCOME.set(task.getExecution(), outcome.result());
		FOLLOW_UP.set(task.getExecution(), outcome.followUp());
		ATTEMPTS_TEXT.set(task.getExecution(), Messages.inCompanyLanguage("form-text.callback-attempts",
				"{0} without an answer", outcome.failedAttempts()));
		RETRY_DUE.set(task.getExecution(), (outcome.retryOn() != null)
				? CustomerContactProcess.startOf(outcome.retryOn(), this.clock.zone()) : null);
		SCORES_TEXT.set(task.getExecution(), attempt.reached()
				? attempt.deliveryScore() + ", " + attempt.productScore() + ", " + attempt.serviceScore() : "");
		REACHED.set(task.getExecution(), false);
	}

}
