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
		String number = ORDER_NUMBER.get(execution);
		this.payments.shipBeforePayment(number, ProcessUsers.current(execution));
		// the invoice waits for the rest of the money (POLICY 3.8)
		FULLY_PAID.set(execution, this.payments.fullyPaid(number));
	}

}
