package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;

import com.osb.salesops.ordertocash.order.OrderPayments;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.context.i18n.LocaleContextHolder;
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
			throw new FormFieldValidationException("amountReceived", Messages.text("field.form-amount-received",
					"Enter the amount received in yuan and fen, at least 0.01"));
		}
		BigDecimal outstanding = this.payments.outstanding(ORDER_NUMBER.get(task));
		if (amount.compareTo(outstanding) > 0 && !Boolean.TRUE.equals(OVERPAYMENT.get(task))) {
			throw new FormFieldValidationException("amountReceived", Messages.text(
					"field.form-amount-above-outstanding",
					"The amount {0} is more than the outstanding {1}: correct it, or mark it as an overpayment to keep"
							+ " the excess as the customer''s credit",
					MoneyText.of(amount, LocaleContextHolder.getLocale()),
					MoneyText.of(outstanding, LocaleContextHolder.getLocale())));
		}
	}

}
