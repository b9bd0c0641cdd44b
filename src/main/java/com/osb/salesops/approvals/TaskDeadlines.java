package com.osb.salesops.approvals;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deadlines of waiting tasks and what was done about each: reminded, offered to the
 * next level up, closed by whom.
 */
@Repository
public class TaskDeadlines {

	private static final String COLUMNS = "task_id, process_instance_id, task_key, task_name, subject_type,"
			+ " subject_id, required_group, created_at, due_at, escalate_at, escalate_to, rule_fired, reminded_at,"
			+ " escalated_at, escalated_to_users, closed_at, closed_by";

	private final JdbcClient jdbc;

	TaskDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts watching a task. */
	public void open(TaskDeadline deadline) {
		this.jdbc
			.sql("insert into task_deadline (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
					+ " ?, ?, ?, ?)")
			.params(deadline.taskId(), deadline.processInstanceId(), deadline.taskKey(), deadline.taskName(),
					deadline.subjectType(), deadline.subjectId(), deadline.requiredGroup(), deadline.createdAt(),
					deadline.dueAt(), deadline.escalateAt(), deadline.escalateTo(), deadline.ruleFired(), null, null,
					null, null, null)
			.update();
	}

	public Optional<TaskDeadline> find(String taskId) {
		return this.jdbc.sql("select " + COLUMNS + " from task_deadline where task_id = ?")
			.param(taskId)
			.query(TaskDeadline.class)
			.optional();
	}

	/** Open tasks past their deadline that nobody was reminded of yet, oldest first. */
	public List<TaskDeadline> dueForReminder(Timestamp now, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from task_deadline where closed_at is null and reminded_at is null"
					+ " and due_at <= ? order by due_at")
			.param(now)
			.query(TaskDeadline.class)
			.stream()
			.limit(limit)
			.toList();
	}

	/** Open tasks past their second deadline not yet offered to the next level up. */
	public List<TaskDeadline> dueForEscalation(Timestamp now, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from task_deadline where closed_at is null and escalated_at is null"
					+ " and escalate_at is not null and escalate_at <= ? order by escalate_at")
			.param(now)
			.query(TaskDeadline.class)
			.stream()
			.limit(limit)
			.toList();
	}

	public void reminded(String taskId, Timestamp now) {
		this.jdbc.sql("update task_deadline set reminded_at = ? where task_id = ?").params(now, taskId).update();
	}

	public void escalated(String taskId, List<String> users, Timestamp now) {
		this.jdbc.sql("update task_deadline set escalated_at = ?, escalated_to_users = ? where task_id = ?")
			.params(now, String.join(",", users), taskId)
			.update();
	}

	/** The task is done (or gone): by whom, when. */
	public void close(String taskId, String by, Timestamp now) {
		this.jdbc.sql("update task_deadline set closed_at = ?, closed_by = ? where task_id = ? and closed_at is null")
			.params(now, by, taskId)
			.update();
	}

	/**
	 * A task's deadline as stored.
	 *
	 * @param escalateTo who is offered the task after the second deadline
	 * @param escalatedToUsers the users (or groups) it was offered to, comma-separated
	 */
	public record TaskDeadline(String taskId, String processInstanceId, String taskKey, String taskName,
			String subjectType, String subjectId, String requiredGroup, Timestamp createdAt, Timestamp dueAt,
			Timestamp escalateAt, String escalateTo, String ruleFired, Timestamp remindedAt, Timestamp escalatedAt,
			String escalatedToUsers, Timestamp closedAt, String closedBy) {

		/** Whether the task was offered to the user as the next level up. */
		public boolean escalatedTo(String user) {
			return this.escalatedToUsers != null && List.of(this.escalatedToUsers.split(",")).contains(user);
		}

	}

}
