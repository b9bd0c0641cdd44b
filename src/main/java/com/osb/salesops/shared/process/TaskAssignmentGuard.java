package com.osb.salesops.shared.process;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.shared.language.ProcessNames;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A task of a process goes only to someone the process offers it to. Through the engine's
 * API a user who may work on a task could hand it to anyone (assign, claim for, delegate
 * to, make owner, add as a candidate), who could then complete it: a manager's approval
 * given to the rep of the order, who approved their own order. Here a user calling the
 * engine's API or the webapps (not the administrator; not the application's own steps,
 * which hand tasks to substitutes and delegates by their own rules) hands a process's
 * task only to a person among its candidates, by name or by group; who a task is offered
 * to, and its name, deadline, priority and other facts are the process's (a person sets
 * their own follow-up date). Tasks a user made themselves, outside any process, stay
 * theirs to arrange.
 */
class TaskAssignmentGuard extends CommandInterceptor {

	/** Only the command a client sent is checked. */
	private static final CommandDepth DEPTH = new CommandDepth();

	@Override
	public <T> T execute(Command<T> command) {
		int level = DEPTH.enter();
		try {
			CommandContext context = Context.getCommandContext();
			if (level == 1 && ClientCalls.fromClient() && EngineCommands.byUser(context)
					&& !EngineCommands.byAdministrator(context)) {
				check(command, context);
			}
			return this.next.execute(command);
		}
		finally {
			DEPTH.leave();
		}
	}

	private static void check(Command<?> command, CommandContext context) {
		if (command instanceof AssignTaskCmd || command instanceof SetTaskOwnerCmd) {
			handedTo(context, EngineCommands.field(command, AbstractSetTaskPropertyCmd.class, "taskId"),
					EngineCommands.field(command, AbstractAddIdentityLinkCmd.class, "userId"));
		}
		else if (command instanceof AbstractAddIdentityLinkCmd) {
			String type = EngineCommands.field(command, AbstractAddIdentityLinkCmd.class, "type");
			String taskId = EngineCommands.field(command, AbstractSetTaskPropertyCmd.class, "taskId");
			if (IdentityLinkType.ASSIGNEE.equals(type) || IdentityLinkType.OWNER.equals(type)) {
				handedTo(context, taskId, EngineCommands.field(command, AbstractAddIdentityLinkCmd.class, "userId"));
			}
			else {
				offeredByProcess(context, taskId);
			}
		}
		else if (command instanceof DeleteIdentityLinkCmd) {
			String type = EngineCommands.field(command, DeleteIdentityLinkCmd.class, "type");
			if (!IdentityLinkType.ASSIGNEE.equals(type) && !IdentityLinkType.OWNER.equals(type)) {
				offeredByProcess(context, EngineCommands.field(command, DeleteIdentityLinkCmd.class, "taskId"));
			}
		}
		else if (command instanceof ClaimTaskCmd) {
			handedTo(context, EngineCommands.field(command, ClaimTaskCmd.class, "taskId"),
					EngineCommands.field(command, ClaimTaskCmd.class, "userId"));
		}
		else if (command instanceof DelegateTaskCmd) {
			handedTo(context, EngineCommands.field(command, DelegateTaskCmd.class, "taskId"),
					EngineCommands.field(command, DelegateTaskCmd.class, "userId"));
		}
		else if (command instanceof SaveTaskCmd) {
			saved(context, EngineCommands.field(command, SaveTaskCmd.class, "task"));
		}
	}

	/** The task, when it is a process's: a task a user made themselves is theirs. */
	private static TaskEntity processTask(CommandContext context, String taskId) {
		TaskEntity task = (taskId != null) ? context.getTaskManager().findTaskById(taskId) : null;
		return (task != null && (task.getProcessInstanceId() != null || task.getCaseInstanceId() != null)) ? task
				: null;
	}

	private static void handedTo(CommandContext context, String taskId, String userId) {
		TaskEntity task = processTask(context, taskId);
		if (task != null && userId != null && !offeredTo(context, task, userId)) {
			throw new AuthorizationException(Messages.refusal("task-not-offered",
					"The task {0} is not offered to {1}: a task goes only to the people and groups its process"
							+ " offers it to",
					ProcessNames.ofTask(processKey(task), task.getTaskDefinitionKey(), task.getName(),
							LocaleContextHolder.getLocale()),
					userId));
		}
	}

	private static void offeredByProcess(CommandContext context, String taskId) {
		if (processTask(context, taskId) != null) {
			throw new AuthorizationException(Messages.refusal("task-offer-kept",
					"Who a task is offered to is its process's to say (substitutes and delegations are recorded"
							+ " in the product)"));
		}
	}

	/**
	 * A process's task saved whole (the engine API's update of a task): who it is
	 * assigned to as any hand-over, its other facts unchanged but the follow-up date.
	 */
	private static void saved(CommandContext context, TaskEntity changed) {
		TaskEntity task = (changed != null) ? processTask(context, changed.getId()) : null;
		if (task == null) {
			return;
		}
		if (!Objects.equals(changed.getAssignee(), task.getAssignee()) && changed.getAssignee() != null) {
			handedTo(context, task.getId(), changed.getAssignee());
		}
		if (!Objects.equals(changed.getOwner(), task.getOwner()) && changed.getOwner() != null) {
			handedTo(context, task.getId(), changed.getOwner());
		}
		List<Function<TaskEntity, Object>> kept = List.of(TaskEntity::getPriority,
				(entity) -> time(entity.getDueDate()), TaskEntity::getParentTaskId, TaskEntity::getCaseInstanceId,
				TaskEntity::getTenantId);
		// the name and description as the person read them, in their language, are kept
		boolean named = ProcessNames.shownAs(processKey(task), task.getTaskDefinitionKey(), task.getName(),
				task.getDescription(), changed.getName(), changed.getDescription());
		if (!named || kept.stream().anyMatch((fact) -> !Objects.equals(fact.apply(changed), fact.apply(task)))) {
			throw new AuthorizationException(Messages.refusal("task-facts-kept",
					"A task's name, description, deadline and priority are its process's; a person sets their own"
							+ " follow-up date"));
		}
		// kept as the engine keeps them, whatever language they were read in
		if (!Objects.equals(changed.getName(), task.getName())) {
			changed.setName(task.getName());
		}
		if (!Objects.equals(changed.getDescription(), task.getDescription())) {
			changed.setDescription(task.getDescription());
		}
	}

	/**
	 * The key of the task's process, from its definition's id ({@code key:version:id}).
	 */
	private static String processKey(TaskEntity task) {
		String definition = task.getProcessDefinitionId();
		return (definition != null && definition.contains(":")) ? definition.substring(0, definition.indexOf(':'))
				: String.valueOf(definition);
	}

	private static Long time(Date date) {
		return (date != null) ? date.getTime() : null;
	}

	/**
	 * Whether the process offers the task to the user, by name or by one of their groups.
	 */
	private static boolean offeredTo(CommandContext context, TaskEntity task, String userId) {
		if (userId.equals(task.getAssignee()) || userId.equals(task.getOwner())) {
			return true;
		}
		Set<String> groups = context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider()
			.createGroupQuery(context)
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.collect(Collectors.toSet()));
		for (IdentityLinkEntity link : task.getIdentityLinks()) {
			if (IdentityLinkType.CANDIDATE.equals(link.getType())
					&& (userId.equals(link.getUserId()) || groups.contains(link.getGroupId()))) {
				return true;
			}
		}
		return false;
	}

}
