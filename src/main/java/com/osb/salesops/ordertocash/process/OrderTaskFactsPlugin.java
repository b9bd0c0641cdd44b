package com.osb.salesops.ordertocash.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.osb.salesops.shared.process.FormTexts;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Gives every user task of the order processes (those whose key starts with
 * {@code order-}) the worded facts of {@link OrderTaskFactsListener}, so that a task an
 * analyst adds to them has them too.
 */
@Component
class OrderTaskFactsPlugin extends AbstractProcessEnginePlugin implements FormTexts {

	private final Supplier<BusinessClock> clock;

	OrderTaskFactsPlugin(ObjectProvider<BusinessClock> clock) {
		this.clock = SingletonSupplier.of(clock::getObject);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		TaskListener facts = new OrderTaskFactsListener(() -> this.clock.get().today());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
						&& definition.getKey().startsWith("order-")) {
					((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
						.addTaskListener(TaskListener.EVENTNAME_CREATE, facts);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	@Override
	public Set<String> formTexts() {
		return OrderTaskFactsListener.TEXTS;
	}

}
