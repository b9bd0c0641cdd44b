package com.osb.salesops.masterdata.process;

import java.util.HashSet;
import java.util.Set;

import com.osb.salesops.shared.process.SystemActions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Every open task a person has or is offered, given to their successor instead.
 */
@Component
class TaskHandover {

	private final TaskService taskService;

	private final SystemActions system;

	TaskHandover(TaskService taskService, SystemActions system) {
		this.taskService = taskService;
		this.system = system;
	}

	/**
	 * @return how many tasks were moved
	 */
	int handOver(String fromUserId, String toUserId) {
		return this.system.run(() -> {
			Set<String> moved = new HashSet<>();
			for (Task task : this.taskService.createTaskQuery().taskAssignee(fromUserId).list()) {
				this.taskService.setAssignee(task.getId(), toUserId);
				moved.add(task.getId());
			}
			for (Task task : this.taskService.createTaskQuery()
				.taskCandidateUser(fromUserId)
				.includeAssignedTasks()
				.list()) {
				boolean direct = this.taskService.getIdentityLinksForTask(task.getId())
					.stream()
					.anyMatch((link) -> fromUserId.equals(link.getUserId()));
				if (direct) {
					this.taskService.deleteCandidateUser(task.getId(), fromUserId);
					this.taskService.addCandidateUser(task.getId(), toUserId);
					moved.add(task.getId());
				}
			}
			return moved.size();
		});
	}

}
