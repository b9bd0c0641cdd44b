package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderCredit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Reopens a revised order: its committed amount is given back before it is checked again.
 */
@Component
class ReopenOrderDelegate implements JavaDelegate {

	private final OrderCredit credit;

	ReopenOrderDelegate(OrderCredit credit) {
		this.credit = credit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.credit.reopen(ORDER_NUMBER.get(execution), REVISION_NOTE.get(execution));
	}

}
