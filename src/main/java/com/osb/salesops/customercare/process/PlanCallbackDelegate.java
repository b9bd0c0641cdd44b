package com.osb.salesops.customercare.process;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.customercare.DeliveryCallbacks;
import com.osb.salesops.customercare.DeliveryCallbacks.Planned;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.customercare.process.DeliveryCallbackProcess.*;

/**
 * Plans the callback of a delivered order on its business day.
 */
@Component
class PlanCallbackDelegate implements JavaDelegate {

	private final DeliveryCallbacks callbacks;

	private final BusinessClock clock;

	PlanCallbackDelegate(DeliveryCallbacks callbacks, BusinessClock clock) {
		this.callbacks = callbacks;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Planned planned = this.callbacks.plan(ORDER_NUMBER.get(execution), CUSTOMER_CODE.get(execution),
				execution.getProcessInstanceId());
		CALLBACK_ID.set(execution, planned.callbackId());
		CUSTOMER_NAME.set(execution, planned.customerName());
		DELIVERED_ON_TEXT.set(execution, planned.deliveredOn().toString());
		CALLBACK_DUE.set(execution, CustomerContactProcess.startOf(planned.dueOn(), this.clock.zone()));
		ATTEMPTS_TEXT.set(execution, Messages.inCompanyLanguage("form-text.callback-no-attempts", "none"));
	}

}
