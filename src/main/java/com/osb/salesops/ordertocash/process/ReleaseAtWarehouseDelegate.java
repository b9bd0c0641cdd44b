package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.fulfilment.Fulfilment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Tells the warehouse that a cancelled order's reservation is released, in a step after
 * the cancellation has committed.
 */
@Component
class ReleaseAtWarehouseDelegate implements JavaDelegate {

	private final Fulfilment fulfilment;

	ReleaseAtWarehouseDelegate(Fulfilment fulfilment) {
		this.fulfilment = fulfilment;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.fulfilment.announceRelease(ORDER_NUMBER.get(execution));
	}

}
