package com.osb.salesops.customercare.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

import static com.osb.salesops.customercare.process.DeliveryCallbackProcess.*;

/**
 * Starts the callback after delivery once the order flow has recorded a confirmed
 * delivery (by the rep or by the warehouse's event), without a change to the order flow's
 * model: the end of its delivery step starts {@code delivery-callback} for the order.
 */
@Component
class DeliveryCallbackPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		ExecutionListener start = DeliveryCallbackPlugin::startCallback;
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseServiceTask(Element serviceTask, ScopeImpl scope, ActivityImpl activity) {
				if (ORDER_DELIVERY_RECORDED.equals(activity.getId())
						&& activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
						&& ORDER_PROCESS_KEY.equals(definition.getKey())) {
					activity.addListener(ExecutionListener.EVENTNAME_END, start);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	private static void startCallback(DelegateExecution execution) {
		String orderNumber = ORDER_NUMBER.get(execution);
		Map<String, Object> variables = Map.of(ORDER_NUMBER.name(), orderNumber, CUSTOMER_CODE.name(),
				CUSTOMER_CODE.get(execution));
		// whoever confirmed the delivery, the application starts the callback
		Context.getCommandContext()
			.runWithoutAuthorization(() -> execution.getProcessEngineServices()
				.getRuntimeService()
				.startProcessInstanceByKey(KEY, orderNumber, variables));
	}

}
