package com.osb.salesops.approvals.process;

import java.util.Optional;

import com.osb.salesops.approvals.Absences;
import com.osb.salesops.approvals.TaskDeadlines;
import com.osb.salesops.approvals.TaskDeadlines.TaskDeadline;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Closes a task's deadline when it is completed or removed, and records in whose place it
 * was completed when the next level up or a substitute did it: at the level the task
 * required, on behalf of its owner.
 */
class CloseListener implements TaskListener {

	private final TaskDeadlines deadlines;

	private final Absences absences;

	private final AuditLog audit;

	private final BusinessClock clock;

	CloseListener(TaskDeadlines deadlines, Absences absences, AuditLog audit, BusinessClock clock) {
		this.deadlines = deadlines;
		this.absences = absences;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String actor = (user != null) ? user.getUserId() : null;
		Context.getCommandContext().runWithoutAuthorization(() -> {
			Optional<TaskDeadline> closed = this.deadlines.close(task.getId(), actor, this.clock.timestamp());
			if (EVENTNAME_COMPLETE.equals(task.getEventName()) && actor != null) {
				inWhosePlace(task, actor, closed);
			}
			return null;
		});
	}

	private void inWhosePlace(DelegateTask task, String actor, Optional<TaskDeadline> closed) {
		String[] subject = Subjects.of(task);
		closed.filter((deadline) -> deadline.escalatedTo(actor))
			.ifPresent((deadline) -> this.audit.record(actor, "COMPLETED_BY_NEXT_LEVEL", subject[0], subject[1],
					task.getProcessInstanceId(),
					task.getName() + ": completed by " + actor + " as the next level up, at the "
							+ deadline.requiredGroup() + " level the task requires (escalated after the rule "
							+ deadline.ruleFired() + ")"));
		this.absences.standing(task.getId(), actor)
			.ifPresent((substitution) -> this.audit.record(actor, "COMPLETED_BY_SUBSTITUTE", subject[0], subject[1],
					task.getProcessInstanceId(),
					task.getName() + ": completed by " + actor + " on behalf of the absent "
							+ substitution.absentUserId() + " (absence " + substitution.absenceId() + ")"));
		if (task.getOwner() != null && !task.getOwner().equals(actor)) {
			this.audit.record(actor, "COMPLETED_FOR_OWNER", subject[0], subject[1], task.getProcessInstanceId(),
					task.getName() + ": completed by " + actor + " for its owner " + task.getOwner());
		}
	}

}
