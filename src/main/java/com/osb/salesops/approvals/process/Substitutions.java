package com.osb.salesops.approvals.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.osb.salesops.approvals.Absences.Absence;
import com.osb.salesops.approvals.Absences.Substitution;
import com.osb.salesops.approvals.Absences;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * While a person is absent, the tasks that are theirs are offered to their substitute
 * too, with the absent owner named on the task; when the absence ends the offer is taken
 * back. A task is a person's when it is assigned or offered to them by name, when they
 * are in charge of the group it is offered to (the region's sales manager, the market's
 * sales director), or when every member of that group is absent. Nobody is offered their
 * own order or their own request through a substitution.
 */
@Component
class Substitutions {

	/** The variables that name whose order or request a task is about. */
	static final List<String> OWN_MATTER = List.of("repUserId", "requestedBy");

	private final Absences absences;

	private final NextLevel people;

	private final AuditLog audit;

	private final Notifications notifications;

	private final BusinessClock clock;

	private final AuthorizationService authorizationService;

	Substitutions(Absences absences, NextLevel people, AuditLog audit, Notifications notifications, BusinessClock clock,
			AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
		this.absences = absences;
		this.people = people;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Offers the task to the substitutes of the owners absent today. The absences of the
	 * day are read once; while nobody is absent, nobody's tasks are looked into.
	 */
	void offer(TaskHandle task, String[] subject) {
		Map<String, Absence> absent = absentOn(this.clock.today());
		if (absent.isEmpty()) {
			return;
		}
		for (String owner : owners(task, absent::containsKey)) {
			Absence absence = absent.get(owner);
			if (absence != null) {
				offer(task, absence, subject);
			}
		}
	}

	/**
	 * Who is absent on the day, each with the latest absence recorded when several
	 * overlap.
	 */
	private Map<String, Absence> absentOn(LocalDate day) {
		Map<String, Absence> absent = new HashMap<>();
		for (Absence absence : this.absences.allOn(day)) {
			absent.merge(absence.userId(), absence, (one, other) -> (one.id() > other.id()) ? one : other);
		}
		return absent;
	}

	/** Offers the waiting tasks of the absent person to their substitute. */
	void offerWaiting(Absence absence, TaskService taskService, Subjects subjects) {
		Map<String, Task> tasks = new LinkedHashMap<>();
		taskService.createTaskQuery().taskAssignee(absence.userId()).list().forEach((t) -> tasks.put(t.getId(), t));
		taskService.createTaskQuery()
			.taskCandidateUser(absence.userId())
			.list()
			.forEach((t) -> tasks.putIfAbsent(t.getId(), t));
		Map<String, Absence> absent = absentOn(this.clock.today());
		for (Task waiting : tasks.values()) {
			TaskHandle task = TaskHandle.of(waiting, taskService);
			if (owners(task, absent::containsKey).contains(absence.userId())) {
				offer(task, absence, subjects.of(waiting));
			}
		}
	}

	/** Takes back the offers of absences that have ended. */
	void withdrawEnded(TaskService taskService, Subjects subjects) {
		for (Substitution ended : this.absences.ended(this.clock.today())) {
			Task task = taskService.createTaskQuery().taskId(ended.taskId()).singleResult();
			if (task != null) {
				TaskHandle handle = TaskHandle.of(task, taskService);
				handle.withdrawFrom(ended.substituteUserId());
				// the engine keeps a candidate's right to the task when the offer is
				// taken back
				this.authorizationService.createAuthorizationQuery()
					.userIdIn(ended.substituteUserId())
					.resourceType(Resources.TASK)
					.resourceId(task.getId())
					.list()
					.forEach((granted) -> this.authorizationService.deleteAuthorization(granted.getId()));
				if (ended.substituteUserId().equals(task.getAssignee())) {
					taskService.setAssignee(task.getId(), null);
				}
				String[] subject = subjects.of(task);
				this.audit.record(null, "SUBSTITUTE_WITHDRAWN", subject[0], subject[1], task.getProcessInstanceId(),
						task.getName() + ": no longer offered to " + ended.substituteUserId() + ", "
								+ ended.absentUserId() + " is back (absence " + ended.absenceId() + " ended)");
			}
			this.absences.withdrawn(ended, this.clock.timestamp());
		}
	}

	private void offer(TaskHandle task, Absence absence, String[] subject) {
		String substitute = absence.substituteUserId();
		if (OWN_MATTER.stream().map(task::variable).anyMatch(substitute::equals)) {
			this.audit.record(null, "SUBSTITUTION_REFUSED", subject[0], subject[1], task.processInstanceId(),
					task.name() + ": not offered to " + substitute + " for the absent " + absence.userId()
							+ ": nobody decides on their own order or request through a substitution");
			return;
		}
		if (substitute.equals(task.assignee()) || !this.absences.offered(task.id(), absence, this.clock.timestamp())) {
			return;
		}
		task.offerTo(substitute);
		String why = "on behalf of " + absence.userId() + ", absent from " + absence.startsOn() + " to "
				+ absence.endsOn();
		Locale company = Messages.companyLanguage();
		task.note(Messages.inCompanyLanguage("note.substitute-offered",
				"Offered to {0} on behalf of {1}, absent from {2} to {3}.", this.people.named(substitute).in(company),
				this.people.named(absence.userId()).in(company), absence.startsOn(), absence.endsOn()));
		this.audit.record(null, "SUBSTITUTE_OFFERED", subject[0], subject[1], task.processInstanceId(),
				task.name() + ": offered to " + substitute + " " + why + " (absence " + absence.id() + ", recorded by "
						+ absence.recordedBy() + ")");
		this.notifications.notify("order".equals(subject[0]) ? subject[1] : null, List.of(substitute),
				Text.of("substitute.subject", "In place of {0}: {1}", this.people.named(absence.userId()),
						this.notifications.taskName(task.name())),
				Text.of("substitute.body",
						"A task waits for you in Tasklist on behalf of {0}, absent from {1} to {2}: {3}.",
						this.people.named(absence.userId()), String.valueOf(absence.startsOn()),
						String.valueOf(absence.endsOn()), this.notifications.taskName(task.name())));
	}

	/** The people a task belongs to, given who is absent. */
	Set<String> owners(TaskHandle task, Predicate<String> absent) {
		Set<String> owners = new LinkedHashSet<>();
		if (task.assignee() != null) {
			owners.add(task.assignee());
		}
		owners.addAll(task.candidateUsers());
		Object rep = task.variable("repUserId");
		for (String group : task.candidateGroups()) {
			owners.addAll(this.people.inCharge(group, rep));
			List<String> members = this.people.members(group);
			if (!members.isEmpty() && members.stream().allMatch(absent)) {
				owners.addAll(members);
			}
		}
		return owners;
	}

}
