package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderCredit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Turns a held order into a prepaid one: it ships only once paid in full.
 */
@Component
class ConvertToPrepayDelegate implements JavaDelegate {

	private final OrderCredit credit;

	ConvertToPrepayDelegate(OrderCredit credit) {
		this.credit = credit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.credit.convertToPrepay(ORDER_NUMBER.get(execution), ProcessUsers.current(execution));
		PAYMENT_TERMS.set(execution, "PREPAY");
	}

}
