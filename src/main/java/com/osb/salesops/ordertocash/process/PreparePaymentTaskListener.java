package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderPayments;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Shows finance, on each payment task, what the customer paid so far and what is still
 * outstanding, and starts it empty: a payment is never pre-filled with the previous one.
 */
@Component
class PreparePaymentTaskListener implements TaskListener {

	private final OrderPayments payments;

	PreparePaymentTaskListener(OrderPayments payments) {
		this.payments = payments;
	}

	@Override
	public void notify(DelegateTask task) {
		String number = ORDER_NUMBER.get(task);
		AMOUNT_PAID.setLocal(task, Money.text(this.payments.paid(number)));
		AMOUNT_OUTSTANDING.setLocal(task, Money.text(this.payments.outstanding(number)));
		task.getExecution().removeVariable(AMOUNT_RECEIVED.name());
		task.getExecution().removeVariable(PAYMENT_REFERENCE.name());
		task.getExecution().removeVariable(OVERPAYMENT.name());
	}

}
