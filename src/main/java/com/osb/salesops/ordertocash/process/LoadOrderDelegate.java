package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderSummary;
import com.osb.salesops.ordertocash.order.Orders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Puts what the flow routes on and the forms show about the order on the process:
 * customer, rep, total and largest discount, exact and as a person reads them. The lines
 * stay with the order: the forms read them from there, however many there are.
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
		ORDER_TOTAL.set(execution, order.total());
		ORDER_TOTAL_TEXT.set(execution, Money.text(order.total()));
		MAX_DISCOUNT.set(execution, order.maxDiscountPercent());
		MAX_DISCOUNT_TEXT.set(execution, Money.percent(order.maxDiscountPercent()));
	}

}
