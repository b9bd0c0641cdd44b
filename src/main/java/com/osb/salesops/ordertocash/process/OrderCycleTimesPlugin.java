package com.osb.salesops.ordertocash.process;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.osb.salesops.ordertocash.order.OrderCycleTimes;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.CompositeHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Writes the cycle times of orders as the engine records their history, in the same
 * transaction: the whole order when {@code order-to-remittance} ends at its archived
 * invoice, and each human step of the order, its approval and its invoicing when the step
 * ends (see {@link OrderCycleTimes}).
 */
@Component
class OrderCycleTimesPlugin extends AbstractProcessEnginePlugin {

	private static final String ORDER = "order-to-remittance";

	private static final String ARCHIVED = "EndEvent_InvoiceArchived";

	private static final Set<String> ORDER_PROCESSES = Set.of(ORDER, "order-approval", "order-invoicing");

	private static final Logger log = LoggerFactory.getLogger(OrderCycleTimesPlugin.class);

	private final Supplier<OrderCycleTimes> cycleTimes;

	OrderCycleTimesPlugin(ObjectProvider<OrderCycleTimes> cycleTimes) {
		this.cycleTimes = SingletonSupplier.of(cycleTimes::getObject);
	}

	/**
	 * Once the engine has its tables and models, fills the spells of the orders it
	 * finished before they were counted (on PostgreSQL under the start-up lock, so one
	 * node does it).
	 */
	@EventListener
	public void fillFromHistory(PostDeployEvent event) {
		if (this.cycleTimes.get().fillOnce()) {
			log.info("Order cycle times filled from the engine's history");
		}
	}

	/**
	 * Runs after the engine's own handlers: the one that writes the history gives an
	 * activity or process that began in an earlier transaction its start time, and so its
	 * duration.
	 */
	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(
				new CompositeHistoryEventHandler(configuration.getHistoryEventHandler(), new HistoryEventHandler() {
					@Override
					public void handleEvent(HistoryEvent event) {
						ended(event);
					}

					@Override
					public void handleEvents(List<HistoryEvent> events) {
						events.forEach(this::handleEvent);
					}
				}));
	}

	private void ended(HistoryEvent event) {
		if (event instanceof HistoricProcessInstanceEventEntity order
				&& HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(order.getEventType())
				&& ORDER.equals(order.getProcessDefinitionKey()) && ARCHIVED.equals(order.getEndActivityId())
				&& order.getBusinessKey() != null && order.getEndTime() != null
				&& order.getDurationInMillis() != null) {
			this.cycleTimes.get()
				.ended("P" + order.getId(), order.getBusinessKey(), OrderCycleTimes.WHOLE_ORDER, null,
						order.getEndTime(), order.getDurationInMillis());
		}
		else if (event instanceof HistoricActivityInstanceEventEntity step
				&& HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(step.getEventType())
				&& "userTask".equals(step.getActivityType()) && ORDER_PROCESSES.contains(step.getProcessDefinitionKey())
				&& step.getEndTime() != null && step.getDurationInMillis() != null) {
			String orderNumber = businessKey(step.getProcessInstanceId());
			if (orderNumber != null) {
				this.cycleTimes.get()
					.ended("A" + step.getId(), orderNumber, step.getActivityId(), step.getActivityName(),
							step.getEndTime(), step.getDurationInMillis());
			}
		}
	}

	private static String businessKey(String processInstanceId) {
		CommandContext command = Context.getCommandContext();
		if (command == null || processInstanceId == null) {
			return null;
		}
		ExecutionEntity instance = command.getExecutionManager().findExecutionById(processInstanceId);
		return (instance != null) ? instance.getBusinessKey() : null;
	}

}
