package com.osb.salesops.shared.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.RestartProcessInstanceBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;

/**
 * How a client (the engine's REST API, the webapps: see {@link ClientCalls}) may start a
 * process.
 * <ul>
 * <li>At its start, with its start form: starting one at steps of the caller's choice
 * (past the start's checks, at another person's task) or again from an ended instance is
 * an administrator's change.</li>
 * <li>Under no business key of the caller's choosing, unless an administrator: the key
 * names the thing a process is about, and a caller's key would tie their process to
 * another's order or invoice.</li>
 * <li>Never, not even by an administrator, a process the application starts itself when
 * its event happens (an order submitted, an invoice overdue, a return requested, an
 * approval within an order's process): it would run beside the one the application
 * started, or about nothing the application knows. Such a process is neither startable in
 * Tasklist nor started by a timer (a scheduled process, which an administrator may run
 * ahead of time).</li>
 * </ul>
 */
final class ProcessStarts {

	private static final String TIMER_START = "startTimerEvent";

	private ProcessStarts() {
	}

	/** Checks a client's command, for every user. */
	static void checkOfAnyone(Command<?> command, CommandContext context) {
		ProcessDefinitionEntity started = startedBy(command, context);
		if (started != null && !started.isStartableInTasklist() && !scheduled(started)) {
			if (!EngineCommands.byAdministrator(context)) {
				// the caller's right to start it first: a process they may not start is
				// refused as such
				for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
					checker.checkCreateProcessInstance(started);
				}
			}
			throw new BadUserRequestException(Messages.refusal("started-by-application",
					"The process {0} is started by the application when its event happens (an order submitted, an invoice overdue, a return requested), not by a caller",
					started.getKey()));
		}
	}

	/** Checks a client's command, for a user who is not an administrator. */
	static void checkOfUser(Command<?> command) {
		if (command instanceof StartProcessInstanceAtActivitiesCmd
				|| command instanceof AbstractRestartProcessInstanceCmd) {
			throw new AuthorizationException(Messages.refusal("start-elsewhere-refused",
					"A process is started at its start, with its start form: starting it at steps of one's choice, or again from an ended instance, is an administrator's change"));
		}
		String businessKey = (command instanceof StartProcessInstanceCmd)
				? EngineCommands
					.<ProcessInstantiationBuilderImpl>field(command, StartProcessInstanceCmd.class,
							"instantiationBuilder")
					.getBusinessKey()
				: (command instanceof SubmitStartFormCmd)
						? EngineCommands.field(command, SubmitStartFormCmd.class, "businessKey") : null;
		if (businessKey != null && !businessKey.isEmpty()) {
			throw new AuthorizationException(Messages.refusal("business-key-refused",
					"A process's business key is given by the application (an order's number, an invoice's), not by a caller"));
		}
	}

	/** The process a command starts, if it starts one and the process is deployed. */
	private static ProcessDefinitionEntity startedBy(Command<?> command, CommandContext context) {
		String id = null;
		String key = null;
		if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
			ProcessInstantiationBuilderImpl builder = EngineCommands.field(command,
					(command instanceof StartProcessInstanceCmd) ? StartProcessInstanceCmd.class
							: StartProcessInstanceAtActivitiesCmd.class,
					"instantiationBuilder");
			id = builder.getProcessDefinitionId();
			key = builder.getProcessDefinitionKey();
		}
		else if (command instanceof SubmitStartFormCmd) {
			id = EngineCommands.field(command, SubmitStartFormCmd.class, "processDefinitionId");
		}
		else if (command instanceof AbstractRestartProcessInstanceCmd) {
			RestartProcessInstanceBuilderImpl builder = EngineCommands.field(command,
					AbstractRestartProcessInstanceCmd.class, "builder");
			id = builder.getProcessDefinitionId();
		}
		else {
			return null;
		}
		// the engine answers for a process that is not deployed
		DeploymentCache cache = context.getProcessEngineConfiguration().getDeploymentCache();
		if (id != null) {
			return (context.getProcessDefinitionManager().findLatestProcessDefinitionById(id) != null)
					? cache.findDeployedProcessDefinitionById(id) : null;
		}
		return (key != null && context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key) != null)
				? cache.findDeployedLatestProcessDefinitionByKey(key) : null;
	}

	private static boolean scheduled(ProcessDefinitionEntity definition) {
		for (ActivityImpl activity : definition.getActivities()) {
			if (TIMER_START.equals(activity.getProperty("type"))) {
				return true;
			}
		}
		return false;
	}

}
