package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.order.OrderFlow;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

/**
 * Starts {@code order-to-remittance} for an order, keyed by the order number.
 */
@Component
class OrderToRemittanceFlow implements OrderFlow {

	private final RuntimeService runtimeService;

	OrderToRemittanceFlow(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	@Override
	public String start(String orderNumber) {
		return this.runtimeService.createProcessInstanceByKey(OrderToRemittanceProcess.KEY)
			.businessKey(orderNumber)
			.setVariable(OrderToRemittanceProcess.ORDER_NUMBER.name(), orderNumber)
			.execute()
			.getId();
	}

}
