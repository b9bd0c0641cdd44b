package com.osb.salesops.approvals.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.osb.salesops.approvals.Absences;
import com.osb.salesops.approvals.DeadlineRules;
import com.osb.salesops.approvals.TaskDeadlines;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.process.FormTexts;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Gives every user task of every model its deadline, its substitutes and the record of
 * who completed it in whose place, so that no model has to name a listener for it and a
 * task an analyst adds has them too.
 */
@Component
class ApprovalTasksPlugin extends AbstractProcessEnginePlugin implements FormTexts {

	private final Supplier<DeadlineRules> rules;

	private final Supplier<TaskDeadlines> deadlines;

	private final Supplier<Absences> absences;

	private final Supplier<Substitutions> substitutions;

	private final Supplier<AuditLog> audit;

	private final Supplier<BusinessClock> clock;

	ApprovalTasksPlugin(ObjectProvider<DeadlineRules> rules, ObjectProvider<TaskDeadlines> deadlines,
			ObjectProvider<Absences> absences, ObjectProvider<Substitutions> substitutions,
			ObjectProvider<AuditLog> audit, ObjectProvider<BusinessClock> clock) {
		this.rules = SingletonSupplier.of(rules::getObject);
		this.deadlines = SingletonSupplier.of(deadlines::getObject);
		this.absences = SingletonSupplier.of(absences::getObject);
		this.substitutions = SingletonSupplier.of(substitutions::getObject);
		this.audit = SingletonSupplier.of(audit::getObject);
		this.clock = SingletonSupplier.of(clock::getObject);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		TaskListener deadline = (task) -> new DeadlineListener(this.rules.get(), this.deadlines.get(),
				this.substitutions.get(), this.clock.get())
			.notify(task);
		TaskListener close = (task) -> new CloseListener(this.deadlines.get(), this.absences.get(), this.audit.get(),
				this.clock.get())
			.notify(task);
		TaskListener resolve = (task) -> new ResolveListener(this.audit.get()).notify(task);
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
				TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior())
					.getTaskDefinition();
				definition.addTaskListener(TaskListener.EVENTNAME_CREATE, deadline);
				definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, close);
				definition.addTaskListener(TaskListener.EVENTNAME_DELETE, close);
				definition.addTaskListener(TaskListener.EVENTNAME_UPDATE, resolve);
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/** The task's deadline in words, from its deadline row. */
	@Override
	public Set<String> formTexts() {
		return Set.of(DeadlineListener.DUE_TEXT);
	}

}
