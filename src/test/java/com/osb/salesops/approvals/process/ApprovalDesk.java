package com.osb.salesops.approvals.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.osb.salesops.ordertocash.order.OrderRequest;
import com.osb.salesops.ordertocash.order.OrderService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders of the demo company up to their approval, each step by a user in their role, and
 * the rounds of the task-deadlines process run as the job executor would.
 */
final class ApprovalDesk {

	private final OrderService orders;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final IdentityService identityService;

	ApprovalDesk(ApplicationContext context) {
		this.orders = context.getBean(OrderService.class);
		this.taskService = context.getBean(TaskService.class);
		this.managementService = context.getBean(ManagementService.class);
		this.identityService = context.getBean(IdentityService.class);
	}

	/**
	 * An order of ten P-300 at 480 with the discount, by the rep for the customer, its
	 * contract reviewed: it waits for its first approval.
	 */
	String orderAwaitingApproval(String rep, String customerCode, int discount) {
		String number = this.orders.submit(new OrderRequest(customerCode, null, null, List
			.of(new OrderRequest.Line("P-300", BigDecimal.TEN, new BigDecimal("480"), BigDecimal.valueOf(discount)))),
				rep, true);
		complete(task(number, "Task_ReviewContract"), "assistant", "sales-assistant", Map.of("contractReviewed", true));
		return number;
	}

	/** The open task of the order with the element id. */
	Task task(String number, String taskKey) {
		List<Task> tasks = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(number)
			.taskDefinitionKey(taskKey)
			.list();
		assertThat(tasks).as("open task " + taskKey).hasSize(1);
		return tasks.get(0);
	}

	/** Completes a task as a user of the role. */
	void complete(Task task, String user, String role, Map<String, Object> variables) {
		as(user, role, () -> this.taskService.complete(task.getId(), variables));
	}

	void as(String user, String role, Runnable action) {
		this.identityService.setAuthentication(user, List.of(role));
		try {
			action.run();
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/** The users the task is offered to by name. */
	List<String> candidateUsers(Task task) {
		return this.taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.map(IdentityLink::getUserId)
			.filter((user) -> user != null)
			.toList();
	}

	/** Moves the clock to the moment and runs one round of the task-deadlines process. */
	void chaseAt(Instant moment) {
		ClockUtil.setCurrentTime(Date.from(moment));
		Job round = this.managementService.createJobQuery().processDefinitionKey("task-deadlines").singleResult();
		assertThat(round).as("the timer of task-deadlines").isNotNull();
		this.managementService.executeJob(round.getId());
	}

}
