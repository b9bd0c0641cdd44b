package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderSummary;
import com.osb.salesops.ordertocash.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Puts what the forms show about the order on the process: customer, rep, total, discount
 * and lines.
 */
@Component
class LoadOrderDelegate implements JavaDelegate {

	private final Orders orders;

	LoadOrderDelegate(Orders orders) {
		this.orders = orders;
	}

	@Override
	public void execute(DelegateExecution execution) {
		OrderSummary order = this.orders.summary(ORDER_NUMBER.get(execution));
		CUSTOMER_CODE.set(execution, order.customerCode());
		CUSTOMER_NAME.set(execution, order.customerName());
		REP_USER_ID.set(execution, order.repUserId());
		ORDER_TOTAL.set(execution, order.total().doubleValue());
		MAX_DISCOUNT.set(execution, order.maxDiscountPercent().doubleValue());
		ORDER_LINES.set(execution, order.lines());
	}

}
