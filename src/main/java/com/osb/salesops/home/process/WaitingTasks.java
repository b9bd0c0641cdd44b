package com.osb.salesops.home.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.osb.salesops.shared.language.ProcessNames;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The open tasks that wait on a person in Tasklist: those assigned to them and those
 * offered to them or their groups, oldest first, with how long each has waited, each
 * named as Tasklist names it to the reader.
 */
@Component
public class WaitingTasks {

	/** The finance queue the home page counts: payments to confirm and credit holds. */
	private static final Set<String> PAYMENTS = Set.of("Task_ConfirmPayment", "Task_ConfirmBalance");

	private static final Set<String> CREDIT_HOLDS = Set.of("Task_DecideCreditHold", "Task_ApproveHoldRelease");

	private static final int MAX_TASKS = 500;

	private final TaskService taskService;

	private final BusinessClock clock;

	private final ProcessNames names;

	WaitingTasks(TaskService taskService, BusinessClock clock, ProcessNames names) {
		this.taskService = taskService;
		this.clock = clock;
		this.names = names;
	}

	/** The person's open tasks, oldest first. */
	public List<WaitingTask> of(String userId, List<String> groups) {
		Map<String, Task> tasks = new LinkedHashMap<>();
		this.taskService.createTaskQuery()
			.taskAssignee(userId)
			.active()
			.listPage(0, MAX_TASKS)
			.forEach((task) -> tasks.put(task.getId(), task));
		if (!groups.isEmpty()) {
			this.taskService.createTaskQuery()
				.taskCandidateGroupIn(groups)
				.active()
				.listPage(0, MAX_TASKS)
				.forEach((task) -> tasks.putIfAbsent(task.getId(), task));
		}
		this.taskService.createTaskQuery()
			.taskCandidateUser(userId)
			.active()
			.listPage(0, MAX_TASKS)
			.forEach((task) -> tasks.putIfAbsent(task.getId(), task));
		Instant now = this.clock.now();
		Locale reader = LocaleContextHolder.getLocale();
		return tasks.values()
			.stream()
			.map((task) -> new WaitingTask(task.getId(), name(task, reader), task.getTaskDefinitionKey(),
					task.getCreateTime().toInstant(), Duration.between(task.getCreateTime().toInstant(), now).toHours(),
					task.getAssignee() != null, task.getAssignee(), approval(task.getTaskDefinitionKey())))
			.sorted(Comparator.comparing(WaitingTask::created))
			.toList();
	}

	/** How many of the tasks are payments to confirm. */
	public static long payments(List<WaitingTask> tasks) {
		return tasks.stream().filter((task) -> PAYMENTS.contains(task.key())).count();
	}

	/** How many of the tasks are credit holds to decide. */
	public static long creditHolds(List<WaitingTask> tasks) {
		return tasks.stream().filter((task) -> CREDIT_HOLDS.contains(task.key())).count();
	}

	/** The task's name as Tasklist shows it to the reader. */
	private String name(Task task, Locale reader) {
		String definition = task.getProcessDefinitionId();
		if (definition == null || !definition.contains(":")) {
			return task.getName();
		}
		return this.names.task(definition.substring(0, definition.indexOf(':')), task.getTaskDefinitionKey(),
				task.getName(), reader);
	}

	private static boolean approval(String key) {
		return key != null && key.startsWith("Task_Approve");
	}

	/**
	 * @param id the task's id, as Tasklist opens it
	 * @param name the task's name, as Tasklist shows it to the reader
	 * @param key the task's definition key
	 * @param created when it was created
	 * @param ageHours how many whole hours it has waited
	 * @param claimed whether someone has claimed it
	 * @param assignee who has, if someone has
	 * @param approval whether it is an approval
	 */
	public record WaitingTask(String id, String name, String key, Instant created, long ageHours, boolean claimed,
			String assignee, boolean approval) {
	}

}
