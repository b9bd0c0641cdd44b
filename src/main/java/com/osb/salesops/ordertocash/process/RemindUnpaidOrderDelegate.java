package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderPayments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Reminds the rep (and finance) that a prepaid order is still unpaid.
 */
@Component
class RemindUnpaidOrderDelegate implements JavaDelegate {

	private final OrderPayments payments;

	RemindUnpaidOrderDelegate(OrderPayments payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.payments.remindRep(ORDER_NUMBER.get(execution));
	}

}
