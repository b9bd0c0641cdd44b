package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderClosing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Cancels the order before dispatch, releasing stock, credit and the contract.
 */
@Component
class CancelOrderDelegate implements JavaDelegate {

	private final OrderClosing closing;

	CancelOrderDelegate(OrderClosing closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = execution.hasVariable("cancelReason") ? (String) execution.getVariable("cancelReason")
				: "Cancelled before dispatch";
		this.closing.cancel(ORDER_NUMBER.get(execution), "CANCELLED", reason);
	}

}
