package com.osb.salesops.returns.process;

import com.osb.salesops.returns.ReturnFlow;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.process.SystemActions;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.*;

/**
 * The return flow on the engine: {@code order-return} keyed by the return number, started
 * by the application for the rep whose request it checked.
 */
@Component
class OrderReturnFlow implements ReturnFlow {

	private final RuntimeService runtimeService;

	private final SystemActions system;

	OrderReturnFlow(RuntimeService runtimeService, SystemActions system) {
		this.runtimeService = runtimeService;
		this.system = system;
	}

	@Override
	public String start(Started started) {
		return this.system.run(() -> this.runtimeService.createProcessInstanceByKey(KEY)
			.businessKey(started.returnNumber())
			.setVariable(RETURN_NUMBER.name(), started.returnNumber())
			.setVariable(ORDER_NUMBER.name(), started.orderNumber())
			.setVariable(CUSTOMER_NAME.name(), started.customerName())
			.setVariable(REP_USER_ID.name(), started.repUserId())
			.setVariable(RETURN_VALUE_TEXT.name(), MoneyText.of(started.returnValue()))
			.setVariable(RETURN_LINES_TEXT.name(), started.linesText())
			.setVariable(RETURN_REQUEST_TEXT.name(), started.requestText())
			.execute()
			.getId());
	}

}
