package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderPayments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Records the management exception that lets a prepaid order ship before payment.
 */
@Component
class RecordShipmentExceptionDelegate implements JavaDelegate {

	private final OrderPayments payments;

	RecordShipmentExceptionDelegate(OrderPayments payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.payments.shipBeforePayment(ORDER_NUMBER.get(execution), ProcessUsers.current(execution));
	}

}
