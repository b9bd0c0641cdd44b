package com.osb.salesops.approvals;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.approvals.model.Deadline;
import com.osb.salesops.shared.transaction.Database;

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
			+ " escalated_at, escalated_to_users, closed_at, closed_by, deadline_days, deadline_hours,"
			+ " escalation_factor, escalations, escalated_level";

	private final JdbcClient jdbc;

	private final Database database;

	TaskDeadlines(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.database = database;
	}

	/** Starts watching a task. */
	public void open(TaskDeadline deadline) {
		this.jdbc
			.sql("insert into task_deadline (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
					+ " ?, ?, ?, ?, ?, ?, ?, 0, null)")
			.params(deadline.taskId(), deadline.processInstanceId(), deadline.taskKey(), deadline.taskName(),
					deadline.subjectType(), deadline.subjectId(), deadline.requiredGroup(), deadline.createdAt(),
					deadline.dueAt(), deadline.escalateAt(), deadline.escalateTo(), deadline.ruleFired(), null, null,
					null, null, null, deadline.deadlineDays(), deadline.deadlineHours(), deadline.escalationFactor())
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

	/**
	 * Open tasks past their next escalation deadline (the second, then each further one)
	 * with a level left to offer them to.
	 */
	public List<TaskDeadline> dueForEscalation(Timestamp now, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from task_deadline where closed_at is null and escalate_at is not null"
					+ " and escalate_at <= ? and escalate_to <> 'NONE' order by escalate_at")
			.param(now)
			.query(TaskDeadline.class)
			.stream()
			.limit(limit)
			.toList();
	}

	public void reminded(String taskId, Timestamp now) {
		this.jdbc.sql("update task_deadline set reminded_at = ? where task_id = ?").params(now, taskId).update();
	}

	/**
	 * The task was offered to the users of its escalation level; it goes on to the next
	 * level at the next deadline, or no further when that is null.
	 */
	public void escalated(String taskId, List<String> users, Timestamp now, String nextLevel, Timestamp nextAt) {
		String offered = String.join(",", users);
		this.jdbc
			.sql("update task_deadline set escalated_at = coalesce(escalated_at, ?), escalated_to_users = case when"
					+ " escalated_to_users is null then ? else escalated_to_users || ',' || ? end,"
					+ " escalations = escalations + 1, escalated_level = escalate_to, escalate_to = ?,"
					+ " escalate_at = ? where task_id = ?")
			.params(now, offered, offered, (nextAt != null) ? nextLevel : "NONE", nextAt, taskId)
			.update();
	}

	/**
	 * The task is done (or gone): by whom, when.
	 * @return the deadline it closed, closed, or none when the task had no open deadline
	 * (on PostgreSQL in one statement)
	 */
	public Optional<TaskDeadline> close(String taskId, String by, Timestamp now) {
		String close = "update task_deadline set closed_at = ?, closed_by = ? where task_id = ? and closed_at is null";
		if (this.database.isPostgres()) {
			return this.jdbc.sql(close + " returning " + COLUMNS)
				.params(now, by, taskId)
				.query(TaskDeadline.class)
				.optional();
		}
		return (this.jdbc.sql(close).params(now, by, taskId).update() > 0) ? find(taskId) : Optional.empty();
	}

	/**
	 * A task's deadline as stored.
	 *
	 * @param escalateAt when the task is next offered one level up (null: never again)
	 * @param escalateTo who is offered the task then (NONE: nobody)
	 * @param escalatedAt when it was first offered to a next level up
	 * @param escalatedToUsers the users (or groups) it was offered to, comma-separated
	 * @param deadlineDays the deadline's business days
	 * @param deadlineHours the deadline's business hours
	 * @param escalationFactor after how many deadlines the first escalation comes
	 * @param escalations how many levels up it was offered so far
	 * @param escalatedLevel the level it was last offered to, or null
	 */
	public record TaskDeadline(String taskId, String processInstanceId, String taskKey, String taskName,
			String subjectType, String subjectId, String requiredGroup, Timestamp createdAt, Timestamp dueAt,
			Timestamp escalateAt, String escalateTo, String ruleFired, Timestamp remindedAt, Timestamp escalatedAt,
			String escalatedToUsers, Timestamp closedAt, String closedBy, int deadlineDays, int deadlineHours,
			int escalationFactor, int escalations, String escalatedLevel) {

		/** The deadline the decision gave the task. */
		public Deadline deadline() {
			return new Deadline(this.deadlineDays, this.deadlineHours, this.escalationFactor, this.escalateTo,
					this.ruleFired);
		}

		/** Whether the task was offered to the user as the next level up. */
		public boolean escalatedTo(String user) {
			return this.escalatedToUsers != null && List.of(this.escalatedToUsers.split(",")).contains(user);
		}

	}

}
