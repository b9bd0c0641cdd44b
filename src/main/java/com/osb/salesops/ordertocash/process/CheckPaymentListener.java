package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;

import com.osb.salesops.ordertocash.order.OrderPayments;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * A payment is an exact amount of at least a cent, and no more than what is outstanding
 * unless finance marks it as an overpayment.
 */
@Component
class CheckPaymentListener implements TaskListener {

	private final OrderPayments payments;

	CheckPaymentListener(OrderPayments payments) {
		this.payments = payments;
	}

	@Override
	public void notify(DelegateTask task) {
		BigDecimal amount = Money.exact(AMOUNT_RECEIVED.get(task));
		if (amount == null || amount.compareTo(new BigDecimal("0.01")) < 0 || amount.scale() > 2) {
			throw new FormFieldValidationException("amountReceived",
					"Enter the amount received in yuan and fen, at least 0.01");
		}
		BigDecimal outstanding = this.payments.outstanding(ORDER_NUMBER.get(task));
		if (amount.compareTo(outstanding) > 0 && !Boolean.TRUE.equals(OVERPAYMENT.get(task))) {
			throw new FormFieldValidationException("amountReceived",
					"The amount " + Money.text(amount) + " is more than the outstanding " + Money.text(outstanding)
							+ ": correct it, or mark it as an overpayment to keep the excess as the customer's credit");
		}
	}

}
