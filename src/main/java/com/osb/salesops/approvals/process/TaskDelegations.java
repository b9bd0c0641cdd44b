package com.osb.salesops.approvals.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.approvals.model.Colleague;
import com.osb.salesops.approvals.model.StandInRule;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.process.SystemActions;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.ForbiddenException;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.NotFoundException;
import com.osb.salesops.shared.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands one task to a named colleague of the same or a higher role, with Camunda's
 * delegation: the colleague answers it (submits its form), which resolves it back to its
 * owner, who completes it. The colleague's answer is recorded as theirs, on behalf of the
 * owner. Nobody is handed their own order or request.
 */
@Service
public class TaskDelegations {

	private final TaskService taskService;

	private final IdentityService identityService;

	private final NextLevel people;

	private final Subjects subjects;

	private final AuditLog audit;

	private final Notifications notifications;

	private final SystemActions system;

	TaskDelegations(TaskService taskService, IdentityService identityService, NextLevel people, Subjects subjects,
			AuditLog audit, Notifications notifications, SystemActions system) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.people = people;
		this.subjects = subjects;
		this.audit = audit;
		this.notifications = notifications;
		this.system = system;
	}

	/**
	 * The colleagues the caller may hand the task to, by name in the reader's language:
	 * each holds the role the task is offered to (or a higher one of the sales chain) and
	 * decides nothing of their own.
	 */
	public List<Colleague> delegates(String taskId, String caller, Locale language) {
		Task task = delegable(taskId, caller);
		return this.system.run(() -> {
			TaskHandle handle = TaskHandle.of(task, this.taskService);
			Map<String, List<String>> roles = this.people.everyonesRoles();
			List<String> callerRoles = roles.getOrDefault(caller, List.of());
			return roles.keySet()
				.stream()
				.filter((user) -> problems(handle, user, caller, callerRoles, roles.get(user)).isEmpty())
				.map((user) -> new Colleague(user, this.people.named(user).in(language)))
				.toList();
		});
	}

	/** Delegates the task the caller may work on to the colleague. */
	@Transactional
	public Delegated delegate(String taskId, String delegate, String reason, String caller) {
		Task task = delegable(taskId, caller);
		return this.system.run(() -> {
			TaskHandle handle = TaskHandle.of(task, this.taskService);
			check(handle, delegate, caller);
			if (task.getAssignee() == null) {
				this.taskService.setAssignee(taskId, caller);
			}
			this.taskService.delegateTask(taskId, delegate);
			Locale company = Messages.companyLanguage();
			handle.note(Messages.inCompanyLanguage("note.delegated", "Delegated by {0} to {1}: {2}.",
					this.people.named(caller).in(company), this.people.named(delegate).in(company), reason));
			String[] subject = this.subjects.of(task);
			this.audit.record(caller, "TASK_DELEGATED", subject[0], subject[1], task.getProcessInstanceId(),
					task.getName() + ": delegated by " + caller + " to " + delegate + ": " + reason);
			this.notifications.notify("order".equals(subject[0]) ? subject[1] : null, List.of(delegate),
					Text.of("delegated.subject", "Delegated to you: {0}", this.notifications.taskName(task.getName())),
					Text.of("delegated.body", "{0} asks you to answer this task in Tasklist for them ({1}): {2}.",
							this.people.named(caller), reason, this.notifications.taskName(task.getName())));
			return new Delegated(taskId, caller, delegate);
		});
	}

	/**
	 * The task the caller may see, unless someone else holds it: only its holder hands it
	 * on.
	 */
	private Task delegable(String taskId, String caller) {
		Task task = this.taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw NotFoundException.of("no-such-task", "There is no task {0} of yours", taskId);
		}
		if (task.getAssignee() != null && !task.getAssignee().equals(caller)) {
			throw ForbiddenException.of("task-assigned-to-other", "The task is assigned to {0}, who may delegate it",
					task.getAssignee());
		}
		return task;
	}

	private void check(TaskHandle task, String delegate, String caller) {
		List<FieldError> problems = (this.identityService.createUserQuery().userId(delegate).count() == 0)
				? List.of(FieldError.of("delegate", "no-such-user", "there is no user ''{0}''", delegate))
				: problems(task, delegate, caller, this.people.roles(caller), this.people.roles(delegate));
		if (!problems.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "task-not-delegable",
					"The task cannot be delegated", problems);
		}
	}

	/** Why the colleague, holding the roles given, may not take the caller's task. */
	private static List<FieldError> problems(TaskHandle task, String delegate, String caller, List<String> callerRoles,
			List<String> delegateRoles) {
		List<FieldError> problems = new ArrayList<>();
		if (delegate.equals(caller)) {
			problems.add(FieldError.of("delegate", "not-yourself", "must be someone else than you"));
			return problems;
		}
		List<String> required = task.candidateGroups().stream().filter(callerRoles::contains).toList();
		List<String> missing = StandInRule.missing(required.isEmpty() ? callerRoles : required, delegateRoles);
		if (!missing.isEmpty()) {
			problems.add(FieldError.of("delegate", "role-too-low", "{0} does not hold the role {1} or a higher one",
					delegate, Roles.inLanguage(missing)));
		}
		if (Substitutions.OWN_MATTER.stream().map(task::variable).anyMatch(delegate::equals)) {
			problems.add(FieldError.of("delegate", "own-decision", "{0} may not decide on their own order or request",
					delegate));
		}
		return problems;
	}

	/**
	 * A task handed over.
	 *
	 * @param owner who gets it back once the delegate has answered
	 */
	public record Delegated(String taskId, String owner, String delegate) {
	}

}
