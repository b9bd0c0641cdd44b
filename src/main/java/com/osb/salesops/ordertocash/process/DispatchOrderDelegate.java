package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.fulfilment.Fulfilment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Dispatches the order through the warehouse with the carrier and tracking number.
 */
@Component
class DispatchOrderDelegate implements JavaDelegate {

	private final Fulfilment fulfilment;

	DispatchOrderDelegate(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.fulfilment.dispatch(ORDER_NUMBER.get(execution), CARRIER.get(execution), TRACKING_NUMBER.get(execution));
	}

}
