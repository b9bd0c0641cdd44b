package com.osb.salesops.approvals.process;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;

import com.osb.salesops.approvals.DeadlineRules;
import com.osb.salesops.approvals.TaskDeadlines;
import com.osb.salesops.approvals.TaskDeadlines.TaskDeadline;
import com.osb.salesops.approvals.model.Deadline;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * Gives each new task its deadline from the decision task-deadline (the due date Tasklist
 * shows and sorts by, and the same as text in the business time zone), records it with
 * the rule that set it for the reminders and escalation, and offers the task to the
 * substitutes of its absent owners.
 */
class DeadlineListener implements TaskListener {

	/**
	 * The deadline as its form and task card show it, in the business time zone and
	 * naming it: Tasklist's own due date follows the zone of the reader's browser.
	 */
	static final String DUE_TEXT = "dueText";

	private final DeadlineRules rules;

	private final TaskDeadlines deadlines;

	private final Substitutions substitutions;

	private final BusinessClock clock;

	DeadlineListener(DeadlineRules rules, TaskDeadlines deadlines, Substitutions substitutions, BusinessClock clock) {
		this.rules = rules;
		this.deadlines = deadlines;
		this.substitutions = substitutions;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		Context.getCommandContext().runWithoutAuthorization(() -> {
			String[] subject = Subjects.of(task);
			deadline(task, subject);
			this.substitutions.offer(TaskHandle.of(task), subject);
			return null;
		});
	}

	private void deadline(DelegateTask task, String[] subject) {
		String level = level(task);
		Object total = task.getVariable("orderTotal");
		Deadline deadline = this.rules.deadline(task.getTaskDefinitionKey(), level,
				(total instanceof BigDecimal amount) ? amount : null);
		if (deadline.none()) {
			task.setVariableLocal(DUE_TEXT, Messages.inCompanyLanguage("form-text.no-deadline", "No deadline"));
			return;
		}
		Instant created = this.clock.now();
		Instant due = this.rules.due(created, deadline);
		Instant escalation = deadline.escalates() ? this.rules.escalation(created, deadline) : null;
		task.setDueDate(Date.from(due));
		task.setVariableLocal(DUE_TEXT, this.clock.text(due, Messages.companyLanguage()));
		this.deadlines.open(new TaskDeadline(task.getId(), task.getProcessInstanceId(), task.getTaskDefinitionKey(),
				task.getName(), subject[0], subject[1], level, Timestamp.from(created), Timestamp.from(due),
				(escalation != null) ? Timestamp.from(escalation) : null, deadline.escalateTo(), deadline.rule(), null,
				null, null, null, null, deadline.businessDays(), deadline.businessHours(), deadline.escalationFactor(),
				0, null));
	}

	/** The level the task is offered at: the approver's group, else its first group. */
	private static String level(DelegateTask task) {
		Object approverGroup = task.getVariable("approverGroup");
		if (approverGroup != null) {
			return approverGroup.toString();
		}
		return TaskHandle.of(task).candidateGroups().stream().findFirst().orElse(null);
	}

}
