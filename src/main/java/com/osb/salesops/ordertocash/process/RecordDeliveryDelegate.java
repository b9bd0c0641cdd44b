package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.fulfilment.Fulfilment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Records that the customer received the goods.
 */
@Component
class RecordDeliveryDelegate implements JavaDelegate {

	private final Fulfilment fulfilment;

	RecordDeliveryDelegate(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.fulfilment.confirmDelivery(ORDER_NUMBER.get(execution));
	}

}
