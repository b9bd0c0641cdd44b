package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderCredit;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.HOLD_DECISION;
import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.ORDER_NUMBER;

/**
 * Finance releases a hold, converts the order to prepayment or rejects it; a hold is
 * released only once per order.
 */
@Component
class CheckHoldDecisionListener implements TaskListener {

	private final OrderCredit credit;

	CheckHoldDecisionListener(OrderCredit credit) {
		this.credit = credit;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = HOLD_DECISION.get(task);
		if (!"RELEASE".equals(decision) && !"PREPAY".equals(decision) && !"REJECT".equals(decision)) {
			throw new FormFieldValidationException("holdDecision",
					Messages.text("field.form-hold-decision", "Choose RELEASE, PREPAY or REJECT"));
		}
		if ("RELEASE".equals(decision) && this.credit.holdReleasedBefore(ORDER_NUMBER.get(task))) {
			throw new FormFieldValidationException("holdDecision", Messages.text("field.form-hold-released-once",
					"A hold on this order was already released once: convert it to prepayment or reject it"));
		}
	}

}
