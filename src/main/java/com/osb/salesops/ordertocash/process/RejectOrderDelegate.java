package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderClosing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Ends a rejected order (credit hold or approval refused), releasing what it held.
 */
@Component
class RejectOrderDelegate implements JavaDelegate {

	private final OrderClosing closing;

	RejectOrderDelegate(OrderClosing closing) {
		this.closing = closing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = "REJECT".equals(APPROVAL_DECISION.get(execution))
				? "Approval refused: " + APPROVAL_REASON.get(execution) : "Credit hold rejected by finance";
		this.closing.cancel(ORDER_NUMBER.get(execution), "REJECTED", reason);
	}

}
