package com.osb.salesops.approvals.process;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * What the audit records a task under, as the task audit does: orders under their order
 * number, other processes under their key and business key.
 */
@Component
class Subjects {

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final RepositoryService repositoryService;

	Subjects(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.repositoryService = repositoryService;
	}

	static String[] of(DelegateTask task) {
		String definition = task.getProcessDefinitionId();
		return TaskHandle.of(task)
			.subject((definition != null) ? definition.substring(0, definition.indexOf(':')) : "task",
					task.getExecution() != null ? task.getExecution().getProcessBusinessKey() : null);
	}

	String[] of(Task task) {
		ProcessInstance instance = (task.getProcessInstanceId() != null)
				? this.runtimeService.createProcessInstanceQuery()
					.processInstanceId(task.getProcessInstanceId())
					.singleResult()
				: null;
		String key = (task.getProcessDefinitionId() != null)
				? this.repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey() : "task";
		return TaskHandle.of(task, this.taskService)
			.subject(key, (instance != null) ? instance.getBusinessKey() : null);
	}

}
