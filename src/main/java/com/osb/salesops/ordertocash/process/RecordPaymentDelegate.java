package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;

import com.osb.salesops.ordertocash.order.OrderPayments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Records the payment finance confirmed and tells whether the order is paid in full.
 */
@Component
class RecordPaymentDelegate implements JavaDelegate {

	private final OrderPayments payments;

	RecordPaymentDelegate(OrderPayments payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		BigDecimal amount = Money.exact(AMOUNT_RECEIVED.get(execution));
		FULLY_PAID.set(execution,
				this.payments.record(ORDER_NUMBER.get(execution), amount, PAYMENT_REFERENCE.get(execution)));
	}

}
