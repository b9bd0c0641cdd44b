package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Adds the audit trail and the notification of the people concerned to every user task of
 * every model, so that no analyst has to remember a listener when adding a task.
 */
@Component
class TaskAuditPlugin extends AbstractProcessEnginePlugin {

	private final Supplier<AuditLog> audit;

	private final Supplier<Notifications> notifications;

	TaskAuditPlugin(ObjectProvider<AuditLog> audit, ObjectProvider<Notifications> notifications) {
		this.audit = SingletonSupplier.of(audit::getObject);
		this.notifications = SingletonSupplier.of(notifications::getObject);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		TaskListener auditor = (task) -> new TaskAuditListener(this.audit.get()).notify(task);
		TaskListener notifier = (task) -> new TaskNotificationListener(this.notifications.get()).notify(task);
		TaskListener subject = new TaskSubjectListener();
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_COMPLETE, auditor);
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, subject);
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
					.addTaskListener(TaskListener.EVENTNAME_CREATE, notifier);
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
		EngineCommands.intercept(configuration, CompletionRecorder::new);
	}

}
