package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderClosing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Archives the delivered and invoiced order and tells sales, finance and management.
 */
@Component
class ArchiveOrderDelegate implements JavaDelegate {

	private final OrderClosing closing;

	ArchiveOrderDelegate(OrderClosing closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.closing.archive(ORDER_NUMBER.get(execution));
	}

}
