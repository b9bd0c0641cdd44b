package com.osb.salesops.shared.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The task lists Tasklist shows each role, created at start-up when they are missing:
 * everyone's own tasks, and each team's queue in the team's own order (approvers, finance
 * and the warehouse by due date, then oldest first, so that nothing waits behind newer
 * work; reps newest first). Every card shows the order it is about: number, customer and
 * amount, and when it is due. Lists made before take the cards as they are now. Each list
 * is visible to the roles it is for only.
 */
@Component
class RoleTaskFilters {

	/**
	 * What a task card shows, where the task has it; the deadline as text in the business
	 * time zone, since Tasklist shows its own due date in the zone of the reader's
	 * browser.
	 */
	static final List<Map<String, String>> CARD = List.of(Map.of("name", "orderNumber", "label", "Order"),
			Map.of("name", "customerName", "label", "Customer"), Map.of("name", "orderTotalText", "label", "Amount"),
			Map.of("name", "dueText", "label", "Due"));

	static final String MY_TASKS = "My tasks";

	private record Queue(String role, String name, boolean oldestFirst, int priority) {
	}

	private static final List<Queue> QUEUES = List.of(
			new Queue(Roles.SALES_MANAGER, "Sales manager approvals, oldest first", true, 10),
			new Queue(Roles.SALES_DIRECTOR, "Sales director approvals, oldest first", true, 10),
			new Queue(Roles.GENERAL_MANAGER, "General manager approvals, oldest first", true, 10),
			new Queue(Roles.FINANCE, "Finance queue, oldest first", true, 10),
			new Queue(Roles.WAREHOUSE, "Warehouse queue, oldest first", true, 10),
			new Queue(Roles.SALES_ASSISTANT, "Sales assistant queue, oldest first", true, 10),
			new Queue(Roles.SALES_OPS, "Sales operations queue, oldest first", true, 10),
			new Queue(Roles.HR, "HR queue, oldest first", true, 10),
			new Queue(Roles.SALES_REP, "My customers' tasks, newest first", false, 10));

	private final FilterService filterService;

	private final TaskService taskService;

	private final AuthorizationService authorizationService;

	RoleTaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
		this.filterService = filterService;
		this.taskService = taskService;
		this.authorizationService = authorizationService;
	}

	@EventListener
	@Order(2)
	public void createFilters(PostDeployEvent event) {
		TaskQuery mine = this.taskService.createTaskQuery()
			.or()
			.taskAssigneeExpression("${currentUser()}")
			.taskCandidateUserExpression("${currentUser()}")
			.taskCandidateGroupInExpression("${currentUserGroups()}")
			.endOr()
			.orderByTaskCreateTime()
			.asc();
		Filter myTasks = filter(MY_TASKS, mine, "The tasks assigned to you or waiting for you or your roles", 0);
		Roles.ALL.forEach((role) -> readableBy(myTasks, role));
		for (Queue queue : QUEUES) {
			TaskQuery query = this.taskService.createTaskQuery()
				.taskCandidateGroup(queue.role())
				.includeAssignedTasks();
			query = queue.oldestFirst() ? query.orderByDueDate().asc().orderByTaskCreateTime().asc()
					: query.orderByTaskCreateTime().desc();
			if (queue.role().equals(Roles.SALES_REP)) {
				query = this.taskService.createTaskQuery()
					.or()
					.taskAssigneeExpression("${currentUser()}")
					.taskCandidateUserExpression("${currentUser()}")
					.endOr()
					.orderByTaskCreateTime()
					.desc();
			}
			readableBy(filter(queue.name(), query, "Tasks of the role " + Roles.displayName(queue.role()),
					queue.priority()), queue.role());
		}
	}

	private Filter filter(String name, TaskQuery query, String description, int priority) {
		Filter existing = this.filterService.createFilterQuery().filterName(name).singleResult();
		if (existing != null) {
			if (!CARD.equals(existing.getProperties().get("variables"))) {
				Map<String, Object> properties = new LinkedHashMap<>(existing.getProperties());
				properties.put("variables", CARD);
				return this.filterService.saveFilter(existing.setProperties(properties));
			}
			return existing;
		}
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("refresh", true);
		properties.put("showUndefinedVariable", false);
		properties.put("variables", CARD);
		Filter filter = this.filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
		return this.filterService.saveFilter(filter);
	}

	private void readableBy(Filter filter, String role) {
		long granted = this.authorizationService.createAuthorizationQuery()
			.groupIdIn(role)
			.resourceType(Resources.FILTER)
			.resourceId(filter.getId())
			.count();
		if (granted == 0) {
			Authorization authorization = this.authorizationService
				.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			authorization.setGroupId(role);
			authorization.setResource(Resources.FILTER);
			authorization.setResourceId(filter.getId());
			authorization.addPermission(Permissions.READ);
			this.authorizationService.saveAuthorization(authorization);
		}
	}

}
