package com.osb.salesops.ordertocash.process;

import java.math.BigDecimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.osb.salesops.ordertocash.documents.AttachmentKind;
import com.osb.salesops.ordertocash.documents.OrderAttachments;
import com.osb.salesops.ordertocash.order.OrderRequest;
import com.osb.salesops.ordertocash.order.OrderService;
import com.osb.salesops.support.Scans;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives one order through its flow as the people in it would: each task completed by a
 * user in their role, asynchronous steps run one by one.
 */
final class OrderScenario {

	private final OrderService orders;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final ManagementService managementService;

	private final IdentityService identityService;

	private static final Map<String, AttachmentKind> NEEDS = Map.of("Task_RecordSignedContract",
			AttachmentKind.SIGNED_CONTRACT, "Task_ConfirmDelivery", AttachmentKind.DELIVERY_RECEIPT);

	private final OrderAttachments attachments;

	String number;

	OrderScenario(ApplicationContext context) {
		this.attachments = context.getBean(OrderAttachments.class);
		this.orders = context.getBean(OrderService.class);
		this.runtimeService = context.getBean(RuntimeService.class);
		this.taskService = context.getBean(TaskService.class);
		this.managementService = context.getBean(ManagementService.class);
		this.identityService = context.getBean(IdentityService.class);
	}

	/** Submits an order as rep1 for one of rep1's customers. */
	OrderScenario submit(String customerCode, Object... lines) {
		return submitAs("rep1", customerCode, lines);
	}

	/**
	 * Submits an order as a rep for a customer, with lines of sku, quantity, unit price,
	 * discount.
	 */
	OrderScenario submitAs(String rep, String customerCode, Object... lines) {
		List<OrderRequest.Line> items = new ArrayList<>();
		for (int i = 0; i < lines.length; i += 4) {
			items.add(new OrderRequest.Line((String) lines[i], decimal(lines[i + 1]), decimal(lines[i + 2]),
					decimal(lines[i + 3])));
		}
		this.number = this.orders.submit(new OrderRequest(customerCode, null, null, items), rep, true);
		return this;
	}

	private static BigDecimal decimal(Object number) {
		return new BigDecimal(number.toString());
	}

	ProcessInstance instance() {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("order-to-remittance")
			.processInstanceBusinessKey(this.number)
			.singleResult();
	}

	/** The open task of the order (in any of its processes) with the given element id. */
	Task task(String taskKey) {
		List<Task> tasks = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(this.number)
			.taskDefinitionKey(taskKey)
			.list();
		assertThat(tasks).as("open task " + taskKey).hasSize(1);
		return tasks.get(0);
	}

	/**
	 * Completes a task as a user of the given role; a task that needs a file (the signed
	 * contract, the delivery receipt) gets its scan uploaded by that user first.
	 */
	OrderScenario complete(String taskKey, String user, String role, Map<String, Object> variables) {
		AttachmentKind needed = NEEDS.get(taskKey);
		if (needed != null && !this.attachments.has(this.number, needed)) {
			this.attachments.upload(this.number, needed, "scan.pdf", Scans.pdf(), user, List.of(role));
		}
		return completeWithoutUpload(taskKey, user, role, variables);
	}

	/** Completes a task as a user of the given role, uploading nothing. */
	OrderScenario completeWithoutUpload(String taskKey, String user, String role, Map<String, Object> variables) {
		Task task = task(taskKey);
		this.identityService.setAuthentication(user, List.of(role));
		try {
			this.taskService.complete(task.getId(), variables);
		}
		finally {
			this.identityService.clearAuthentication();
		}
		return this;
	}

	/** Runs every due asynchronous step of the order until none is left (timers stay). */
	OrderScenario runJobs() {
		for (int round = 0; round < 20; round++) {
			List<Job> jobs = new ArrayList<>();
			for (ProcessInstance instance : this.runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(this.number)
				.list()) {
				jobs.addAll(
						this.managementService.createJobQuery().processInstanceId(instance.getId()).messages().list());
			}
			if (jobs.isEmpty()) {
				return this;
			}
			jobs.forEach((job) -> this.managementService.executeJob(job.getId()));
		}
		return this;
	}

	/** Sends an event to the order's flow as the event endpoint does. */
	OrderScenario correlate(String message, Map<String, Object> variables) {
		this.runtimeService.createMessageCorrelation(message)
			.processInstanceBusinessKey(this.number)
			.setVariables(variables)
			.correlateWithResult();
		return this;
	}

}
