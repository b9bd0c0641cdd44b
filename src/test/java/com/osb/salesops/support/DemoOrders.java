package com.osb.salesops.support;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import static org.awaitility.Awaitility.await;

/**
 * Orders of the demo company, brought to a step through the API and the engine, for tests
 * that start from a task waiting for someone.
 */
public final class DemoOrders {

	private DemoOrders() {
	}

	/**
	 * An order of rep1's for C001, ten P-300 at 480.00, its contract reviewed: it waits
	 * for the sales manager's approval.
	 */
	public static Waiting awaitingApproval(int port, TaskService taskService) {
		String number = Http.json(new Http(port).as("rep1", "rep1").postJson("/api/orders", """
				{"customerCode": "C001", "lines": [{"sku": "P-300", "quantity": 10, "unitPrice": 480}]}"""), 201)
			.get("number")
			.asText();
		taskService.complete(waitingTask(taskService, number, "Task_ReviewContract"), Map.of("contractReviewed", true));
		return new Waiting(number, waitingTask(taskService, number, "Task_ApproveOrder"));
	}

	/** The id of the order's task of the key, once it waits. */
	public static String waitingTask(TaskService taskService, String number, String taskKey) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			Task task = taskService.createTaskQuery()
				.processInstanceBusinessKey(number)
				.taskDefinitionKey(taskKey)
				.singleResult();
			return (task != null) ? task.getId() : null;
		}, Objects::nonNull);
	}

	/**
	 * @param number the order's number
	 * @param taskId the id of the task it waits on
	 */
	public record Waiting(String number, String taskId) {
	}

}
