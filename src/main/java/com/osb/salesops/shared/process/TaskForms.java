package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What the Camunda Form deployed for a task uses, so that a listener preparing the task
 * sets only the texts and links its form shows: every other one would be a variable
 * written, kept in history and deleted for nobody to read.
 */
public final class TaskForms {

	private TaskForms() {
	}

	/**
	 * Whether the task's form uses a variable of that name (a field's key, a text's
	 * template, an expression). A task whose form cannot be read uses nothing; outside
	 * the engine's commands every name counts as used.
	 */
	public static boolean mentions(DelegateTask task, String name) {
		CommandContext context = Context.getCommandContext();
		if (context == null || !(task instanceof TaskEntity entity)) {
			return true;
		}
		return DeployedForms.ofTask(entity, context).mentions(name);
	}

}
