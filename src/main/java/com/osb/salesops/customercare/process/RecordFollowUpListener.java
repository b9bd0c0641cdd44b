package com.osb.salesops.customercare.process;

import com.osb.salesops.customercare.ContactRefused;
import com.osb.salesops.customercare.DeliveryCallbacks;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.customercare.process.DeliveryCallbackProcess.*;

/**
 * Records what the sales manager's follow-up came to and closes the callback.
 */
@Component
class RecordFollowUpListener implements TaskListener {

	private final DeliveryCallbacks callbacks;

	RecordFollowUpListener(DeliveryCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	@Override
	public void notify(DelegateTask task) {
		try {
			this.callbacks.followedUp(CALLBACK_ID.get(task), ORDER_NUMBER.get(task), FOLLOW_UP_OUTCOME.get(task),
					CustomerContactProcess.actor(task), task.getProcessInstanceId());
		}
		catch (ContactRefused refused) {
			throw new FormFieldValidationException(refused.firstField(), refused.getMessage(), refused);
		}
	}

}
