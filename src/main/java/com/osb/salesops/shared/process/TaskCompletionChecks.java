package com.osb.salesops.shared.process;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Runs every {@link TaskCompletionCheck} on a task before a command completes it, whoever
 * calls: a refusal thrown here reaches the caller as it is, not wrapped as a listener's
 * failure, so Tasklist and the REST API show its message with a 400.
 */
class TaskCompletionChecks extends CommandInterceptor {

	private final Supplier<List<TaskCompletionCheck>> checks;

	TaskCompletionChecks(Supplier<List<TaskCompletionCheck>> checks) {
		this.checks = checks;
	}

	@Override
	public <T> T execute(Command<T> command) {
		EngineCommands.Completion completion = EngineCommands.completion(command);
		if (completion != null && completion.taskId() != null) {
			TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(completion.taskId());
			if (task != null) {
				this.checks.get().forEach((check) -> check.check(task));
			}
		}
		return this.next.execute(command);
	}

}
