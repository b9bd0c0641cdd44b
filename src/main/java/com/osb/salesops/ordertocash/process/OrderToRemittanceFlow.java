package com.osb.salesops.ordertocash.process;

import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderFlow;
import com.osb.salesops.shared.process.SystemActions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The order flow on the engine: {@code order-to-remittance} keyed by the order number,
 * and events correlated to it by that key.
 */
@Component
class OrderToRemittanceFlow implements OrderFlow {

	private static final Map<String, String> MESSAGES = Map.of("PAYMENT_RECEIVED",
			OrderToRemittanceProcess.MSG_PAYMENT_RECEIVED, "SHIPMENT_EXCEPTION",
			OrderToRemittanceProcess.MSG_SHIPMENT_EXCEPTION, "DISPATCHED", OrderToRemittanceProcess.MSG_DISPATCHED,
			"DELIVERED", OrderToRemittanceProcess.MSG_DELIVERED, "CANCELLED", OrderToRemittanceProcess.MSG_CANCELLED);

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final SystemActions system;

	OrderToRemittanceFlow(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
			SystemActions system) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.managementService = managementService;
		this.system = system;
	}

	@Override
	public String start(String orderNumber) {
		return this.system.run(() -> this.runtimeService.createProcessInstanceByKey(OrderToRemittanceProcess.KEY)
			.businessKey(orderNumber)
			.setVariable(OrderToRemittanceProcess.ORDER_NUMBER.name(), orderNumber)
			.execute()
			.getId());
	}

	@Override
	public boolean deliver(String orderNumber, String event, Map<String, Object> variables) {
		try {
			return this.system.run(() -> correlate(orderNumber, MESSAGES.get(event), variables));
		}
		catch (OptimisticLockingException ex) {
			// A job of the order (a hook, a timer) changed it at the same moment: nothing
			// of this delivery was kept, and it may be tried again.
			throw new OptimisticLockingFailureException(
					"Order " + orderNumber + " changed while " + event + " was delivered; nothing was changed", ex);
		}
	}

	private boolean correlate(String orderNumber, String message, Map<String, Object> variables) {
		boolean waiting = this.runtimeService.createEventSubscriptionQuery()
			.eventType("message")
			.eventName(message)
			.processInstanceId(processInstanceId(orderNumber))
			.count() > 0;
		if (waiting) {
			this.runtimeService.createMessageCorrelation(message)
				.processInstanceBusinessKey(orderNumber)
				.setVariables(variables)
				.correlateWithResult();
		}
		return waiting;
	}

	@Override
	public boolean awaitingRevision(String orderNumber) {
		return this.system.run(() -> this.taskService.createTaskQuery()
			.processInstanceBusinessKey(orderNumber)
			.taskDefinitionKey("Task_ReviseOrder")
			.count() > 0);
	}

	private String processInstanceId(String orderNumber) {
		var instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(OrderToRemittanceProcess.KEY)
			.processInstanceBusinessKey(orderNumber)
			.singleResult();
		return (instance != null) ? instance.getId() : "none";
	}

	@Override
	public boolean moving(String orderNumber) {
		return this.system.run(() -> this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(orderNumber)
			.list()
			.stream()
			.anyMatch((instance) -> this.managementService.createJobQuery()
				.processInstanceId(instance.getId())
				.executable()
				.count() > 0));
	}

}
