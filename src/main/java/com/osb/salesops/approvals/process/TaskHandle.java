package com.osb.salesops.approvals.process;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * A waiting task as the deadline and substitution steps see it, whether it is being
 * created (inside the engine's listener) or already waits (read through the task
 * service).
 */
interface TaskHandle {

	String id();

	String name();

	String processInstanceId();

	String assignee();

	/** The users and groups it is offered to. */
	List<IdentityLink> candidates();

	Object variable(String name);

	/** Offers the task to the user as well. */
	void offerTo(String userId);

	/** Offers the task to the group as well. */
	void offerToGroup(String groupId);

	/** Takes back an offer to the user. */
	void withdrawFrom(String userId);

	/** Adds a sentence to what Tasklist shows about the task. */
	void note(String sentence);

	default List<String> candidateUsers() {
		return candidates().stream().map(IdentityLink::getUserId).filter((user) -> user != null).toList();
	}

	default List<String> candidateGroups() {
		return candidates().stream().map(IdentityLink::getGroupId).filter((group) -> group != null).toList();
	}

	/** The subject the audit records it under: the order, else the process. */
	default String[] subject(String processKey, String businessKey) {
		Object orderNumber = variable("orderNumber");
		return (orderNumber != null) ? new String[] { "order", orderNumber.toString() }
				: new String[] { processKey, String.valueOf(businessKey) };
	}

	static TaskHandle of(DelegateTask task) {
		return new TaskHandle() {

			@Override
			public String id() {
				return task.getId();
			}

			@Override
			public String name() {
				return task.getName();
			}

			@Override
			public String processInstanceId() {
				return task.getProcessInstanceId();
			}

			@Override
			public String assignee() {
				return task.getAssignee();
			}

			@Override
			public List<IdentityLink> candidates() {
				return List.copyOf(task.getCandidates());
			}

			@Override
			public Object variable(String name) {
				return task.getVariable(name);
			}

			@Override
			public void offerTo(String userId) {
				task.addCandidateUser(userId);
			}

			@Override
			public void offerToGroup(String groupId) {
				task.addCandidateGroup(groupId);
			}

			@Override
			public void withdrawFrom(String userId) {
				task.deleteCandidateUser(userId);
			}

			@Override
			public void note(String sentence) {
				task.setDescription(joined(task.getDescription(), sentence));
			}
		};
	}

	static TaskHandle of(Task task, TaskService taskService) {
		return new TaskHandle() {

			@Override
			public String id() {
				return task.getId();
			}

			@Override
			public String name() {
				return task.getName();
			}

			@Override
			public String processInstanceId() {
				return task.getProcessInstanceId();
			}

			@Override
			public String assignee() {
				return task.getAssignee();
			}

			@Override
			public List<IdentityLink> candidates() {
				return taskService.getIdentityLinksForTask(task.getId())
					.stream()
					.filter((link) -> IdentityLinkType.CANDIDATE.equals(link.getType()))
					.toList();
			}

			@Override
			public Object variable(String name) {
				return taskService.getVariable(task.getId(), name);
			}

			@Override
			public void offerTo(String userId) {
				taskService.addCandidateUser(task.getId(), userId);
			}

			@Override
			public void offerToGroup(String groupId) {
				taskService.addCandidateGroup(task.getId(), groupId);
			}

			@Override
			public void withdrawFrom(String userId) {
				taskService.deleteCandidateUser(task.getId(), userId);
			}

			@Override
			public void note(String sentence) {
				Task fresh = taskService.createTaskQuery().taskId(task.getId()).singleResult();
				fresh.setDescription(joined(fresh.getDescription(), sentence));
				taskService.saveTask(fresh);
			}
		};
	}

	private static String joined(String description, String sentence) {
		String text = (description == null || description.isBlank()) ? sentence : description + " " + sentence;
		return (text.length() > 4000) ? text.substring(0, 4000) : text;
	}

}
