package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderCredit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Releases a credit hold: the order's amount is committed against the customer's limit
 * after all.
 */
@Component
class ReleaseCreditHoldDelegate implements JavaDelegate {

	private final OrderCredit credit;

	ReleaseCreditHoldDelegate(OrderCredit credit) {
		this.credit = credit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.credit.releaseHold(ORDER_NUMBER.get(execution), ProcessUsers.current(execution));
	}

}
