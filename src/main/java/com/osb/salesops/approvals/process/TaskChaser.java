package com.osb.salesops.approvals.process;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.osb.salesops.approvals.Absences;
import com.osb.salesops.approvals.DeadlineRules;
import com.osb.salesops.approvals.TaskDeadlines.TaskDeadline;
import com.osb.salesops.approvals.TaskDeadlines;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Chases the tasks that wait too long (POLICY section 8): at the deadline the people the
 * task is offered to are reminded; at the second deadline it is offered to the next level
 * up as well, who may act in their place at the level the task requires, and at each
 * further deadline one level further up, never skipping one. It also starts and ends the
 * substitutions of absences as their days come.
 */
@Component
class TaskChaser {

	/**
	 * The most tasks of each kind handled in one round; the next round takes the rest.
	 */
	static final int BATCH = 200;

	private final TaskDeadlines deadlines;

	private final DeadlineRules rules;

	private final Absences absences;

	private final Substitutions substitutions;

	private final NextLevel nextLevel;

	private final Subjects subjects;

	private final TaskService taskService;

	private final AuditLog audit;

	private final Notifications notifications;

	private final BusinessClock clock;

	TaskChaser(TaskDeadlines deadlines, DeadlineRules rules, Absences absences, Substitutions substitutions,
			NextLevel nextLevel, Subjects subjects, TaskService taskService, AuditLog audit,
			Notifications notifications, BusinessClock clock) {
		this.deadlines = deadlines;
		this.rules = rules;
		this.absences = absences;
		this.substitutions = substitutions;
		this.nextLevel = nextLevel;
		this.subjects = subjects;
		this.taskService = taskService;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** One round: reminders, escalations, substitutions. */
	void chase() {
		for (TaskDeadline due : this.deadlines.dueForReminder(this.clock.timestamp(), BATCH)) {
			Task task = open(due);
			if (task != null) {
				remind(task, due);
			}
		}
		for (TaskDeadline due : this.deadlines.dueForEscalation(this.clock.timestamp(), BATCH)) {
			Task task = open(due);
			if (task != null) {
				escalate(task, due);
			}
		}
		this.substitutions.withdrawEnded(this.taskService, this.subjects);
		this.absences.allOn(this.clock.today())
			.forEach((absence) -> this.substitutions.offerWaiting(absence, this.taskService, this.subjects));
	}

	private Task open(TaskDeadline due) {
		Task task = this.taskService.createTaskQuery().taskId(due.taskId()).singleResult();
		if (task == null) {
			this.deadlines.close(due.taskId(), null, this.clock.timestamp());
		}
		return task;
	}

	private void remind(Task task, TaskDeadline due) {
		TaskHandle handle = TaskHandle.of(task, this.taskService);
		Set<String> recipients = new LinkedHashSet<>();
		if (task.getAssignee() != null) {
			recipients.add(task.getAssignee());
		}
		recipients.addAll(handle.candidateUsers());
		recipients.addAll(handle.candidateGroups());
		String dueText = when(due.dueAt());
		notify(due, recipients, Text.of("overdue.subject", "Overdue: {0}", this.notifications.taskName(task.getName())),
				Text.of("overdue.body", "This task was due at {0} and still waits for you in Tasklist: {1}.",
						moment(due.dueAt()), this.notifications.taskName(task.getName())));
		this.audit.record(null, "TASK_REMINDED", due.subjectType(), due.subjectId(), task.getProcessInstanceId(),
				task.getName() + ": due at " + dueText + ", reminded " + String.join(", ", recipients) + " (rule "
						+ due.ruleFired() + ")");
		this.deadlines.reminded(task.getId(), this.clock.timestamp());
	}

	private void escalate(Task task, TaskDeadline due) {
		TaskHandle handle = TaskHandle.of(task, this.taskService);
		List<String> offered = new ArrayList<>();
		for (String user : this.nextLevel.users(due.escalateTo(), handle.variable("repUserId"))) {
			if (!user.equals(task.getAssignee()) && !handle.candidateUsers().contains(user)) {
				handle.offerTo(user);
			}
			offered.add(user);
		}
		boolean offeredToGroup = offered.isEmpty();
		if (offeredToGroup) {
			String group = NextLevel.group(due.escalateTo());
			handle.offerToGroup(group);
			offered.add(group);
		}
		String level = (due.requiredGroup() != null) ? due.requiredGroup() : "the task's own";
		Locale company = Messages.companyLanguage();
		// a role is named as its readers name it, a person by name with their role
		List<String> offeredText = offered.stream()
			.map((whom) -> offeredToGroup ? role(whom).in(company) : this.nextLevel.named(whom).in(company))
			.toList();
		handle.note(Messages.inCompanyLanguage("note.escalated",
				"Offered to {0} as well at {1}: it waits since {2} (due {3}); they act at the {4} level.",
				String.join(", ", offeredText), moment(this.clock.timestamp()).in(company),
				moment(due.createdAt()).in(company), moment(due.dueAt()).in(company),
				(due.requiredGroup() != null) ? role(due.requiredGroup()).in(company)
						: Messages.inCompanyLanguage("note.own-level", "the task's own")));
		notify(due, offered,
				Text.of("escalated.subject", "Escalated to you: {0}", this.notifications.taskName(task.getName())),
				Text.of("escalated.body",
						"This task waits since {0}, past {1} its deadline. You may complete it in Tasklist in place"
								+ " of {2}: {3}.",
						moment(due.createdAt()), times(due),
						(due.requiredGroup() != null) ? role(due.requiredGroup())
								: Text.of("escalated.own-level", "the task's own"),
						this.notifications.taskName(task.getName())));
		this.audit.record(null, "TASK_ESCALATED", due.subjectType(), due.subjectId(), task.getProcessInstanceId(),
				task.getName() + ": offered to " + String.join(", ", offered) + " as the next level up ("
						+ due.escalateTo() + "), to act at the " + level + " level; waiting since "
						+ when(due.createdAt()) + ", due " + when(due.dueAt()) + " (rule " + due.ruleFired() + ")");
		String above = NextLevel.above(due.escalateTo());
		Timestamp nextAt = NextLevel.NONE.equals(above) ? null : Timestamp
			.from(this.rules.escalation(due.createdAt().toInstant(), due.deadline(), due.escalations() + 1));
		this.deadlines.escalated(task.getId(), offered, this.clock.timestamp(), above, nextAt);
	}

	/** A role as each reader names it. */
	private static Localized role(String group) {
		return (language) -> Messages.text(language, "role." + group, group);
	}

	private static Text times(TaskDeadline due) {
		int deadlines = due.escalationFactor() + due.escalations();
		return switch (deadlines) {
			case 1 -> Text.of("escalated.once", "once");
			case 2 -> Text.of("escalated.twice", "twice");
			default -> Text.of("escalated.times", "{0} times", String.valueOf(deadlines));
		};
	}

	/** A moment for a mail: in the business time zone, named in the reader's language. */
	private Localized moment(Timestamp moment) {
		return (language) -> this.clock.text(moment.toInstant(), language);
	}

	private void notify(TaskDeadline due, java.util.Collection<String> recipients, Text subject, Text body) {
		if (!recipients.isEmpty()) {
			this.notifications.notify("order".equals(due.subjectType()) ? due.subjectId() : null, recipients, subject,
					body);
		}
	}

	private String when(Timestamp moment) {
		return this.clock.text(moment.toInstant());
	}

}
