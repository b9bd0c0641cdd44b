package com.osb.salesops.shared.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Keeps what is entered at a task being completed, whoever completes it, for the audit
 * trail ({@link TaskAuditListener}): the submitted fields that the task's form lets a
 * person change, for the length of the completion.
 */
class CompletionRecorder extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		EngineCommands.Completion completion = EngineCommands.completion(command);
		CommandContext context = Context.getCommandContext();
		TaskEntity task = (completion != null && completion.taskId() != null && context != null)
				? context.getTaskManager().findTaskById(completion.taskId()) : null;
		if (task == null) {
			return this.next.execute(command);
		}
		Map<String, Object> entered = EngineCommands.plainValues(completion.variables());
		entered.keySet().removeIf(DeployedForms.ofTask(task, context)::isShownOnly);
		SubmittedFields.submitted(task.getId(), entered);
		try {
			return this.next.execute(command);
		}
		finally {
			SubmittedFields.done(task.getId());
		}
	}

}
