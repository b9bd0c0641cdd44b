package com.osb.salesops.shared.process;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.osb.salesops.shared.web.Messages;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.xmltags.DynamicContext;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.MixedSqlNode;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.scripting.xmltags.TrimSqlNode;
import org.apache.ibatis.scripting.xmltags.WhereSqlNode;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobStateCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine's own jobs, those of no process (the nightly history clean-up, the jobs of
 * an administrator's batch), their incidents and their logs are the administrator's
 * alone.
 * <p>
 * The engine itself checks a job only through its process: a job of none it lists to
 * every user and lets any user run, move, re-prioritise, suspend, retry or delete, and an
 * incident of none any user annotate. So a sales rep could switch the history clean-up
 * off. Here, for any user but an administrator, such a job is refused like a job of a
 * process the user may not touch (403, through the engine's own checks of each command),
 * an annotation on such an incident likewise, and the engine's lists of jobs, incidents,
 * job logs and historic incidents leave them out (a condition added to each list's SQL
 * where the engine checks authorizations). The engine's own work runs unchecked, as
 * before; an administrator sees and does everything.
 * <p>
 * And a user who may not run a job, of a process or not, is refused before the engine
 * takes it in hand, so that the refusal does not count as the job's failure.
 */
final class JobsGuard extends CommandInterceptor {

	/** The engine's lists, each with the column that names the process of a row. */
	static final Map<String, String> LISTS = Map.ofEntries(
			Map.entry("selectJobByQueryCriteria", "RES.PROCESS_DEF_KEY_"),
			Map.entry("selectJobCountByQueryCriteria", "RES.PROCESS_DEF_KEY_"),
			Map.entry("selectJobDeploymentIdMappingsByQueryCriteria", "RES.PROCESS_DEF_KEY_"),
			Map.entry("selectIncidentByQueryCriteria", "RES.PROC_DEF_ID_"),
			Map.entry("selectIncidentCountByQueryCriteria", "RES.PROC_DEF_ID_"),
			Map.entry("selectHistoricIncidentByQueryCriteria", "RES.PROC_DEF_ID_"),
			Map.entry("selectHistoricIncidentCountByQueryCriteria", "RES.PROC_DEF_ID_"),
			Map.entry("selectHistoricJobLogByQueryCriteria", "RES.PROCESS_DEF_KEY_"),
			Map.entry("selectHistoricJobLogCountByQueryCriteria", "RES.PROCESS_DEF_KEY_"),
			Map.entry("selectJobDefinitionByQueryCriteria", "RES.PROC_DEF_KEY_"),
			Map.entry("selectJobDefinitionCountByQueryCriteria", "RES.PROC_DEF_KEY_"));

	@Override
	public <T> T execute(Command<T> command) {
		// commands the engine checks only through a process: one of none is not checked
		if (!(command instanceof AbstractSetJobStateCmd || command instanceof AbstractSetJobDefinitionStateCmd
				|| command instanceof SetJobDefinitionPriorityCmd || command instanceof SetJobRetriesCmd
				|| command instanceof SetAnnotationForIncidentCmd) || !checked()) {
			return this.next.execute(command);
		}
		if (command instanceof AbstractSetJobStateCmd) {
			ofAProcessOrByAnAdministrator(field(command, AbstractSetJobStateCmd.class, "jobId"), null);
			ofAProcessOrByAnAdministrator(null, field(command, AbstractSetJobStateCmd.class, "jobDefinitionId"));
		}
		else if (command instanceof AbstractSetJobDefinitionStateCmd) {
			ofAProcessOrByAnAdministrator(null,
					field(command, AbstractSetJobDefinitionStateCmd.class, "jobDefinitionId"));
		}
		else if (command instanceof SetJobDefinitionPriorityCmd) {
			ofAProcessOrByAnAdministrator(null, field(command, SetJobDefinitionPriorityCmd.class, "jobDefinitionId"));
		}
		else if (command instanceof SetJobRetriesCmd) {
			ofAProcessOrByAnAdministrator(null, field(command, SetJobRetriesCmd.class, "jobDefinitionId"));
		}
		else if (command instanceof SetAnnotationForIncidentCmd) {
			String incidentId = field(command, SetAnnotationForIncidentCmd.class, "incidentId");
			IncidentEntity incident = (incidentId != null)
					? (IncidentEntity) Context.getCommandContext().getIncidentManager().findIncidentById(incidentId)
					: null;
			if (incident != null && incident.getExecutionId() == null) {
				requireAdministrator();
			}
		}
		return this.next.execute(command);
	}

	private static String field(Command<?> command, Class<?> declaringClass, String name) {
		return EngineCommands.field(command, declaringClass, name);
	}

	/** Refuses anyone but an administrator a job, or job definition, of no process. */
	private static void ofAProcessOrByAnAdministrator(String jobId, String jobDefinitionId) {
		CommandContext context = Context.getCommandContext();
		if (jobId != null) {
			JobEntity job = context.getJobManager().findJobById(jobId);
			if (job != null && job.getProcessDefinitionKey() == null) {
				requireAdministrator();
			}
		}
		if (jobDefinitionId != null) {
			JobDefinitionEntity definition = context.getJobDefinitionManager().findById(jobDefinitionId);
			if (definition != null && definition.getProcessDefinitionKey() == null) {
				requireAdministrator();
			}
		}
	}

	/**
	 * The engine's management service, but a user who asks to run a job is checked before
	 * the engine takes the job in hand. The engine checks only once it runs the job, and
	 * so takes its own refusal for the job's failure: each refused attempt cost the job a
	 * retry and wrote the refusal as its error, until it stopped with an incident. A user
	 * who may not run a job now leaves it as it was.
	 */
	static final class CheckedManagementService extends ManagementServiceImpl {

		CheckedManagementService(ProcessEngineConfigurationImpl configuration) {
			super(configuration);
		}

		@Override
		public void executeJob(String jobId) {
			this.commandExecutor.execute((context) -> {
				JobEntity job = (jobId != null) ? context.getJobManager().findJobById(jobId) : null;
				if (job != null) {
					for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
						checker.checkUpdateJob(job);
					}
				}
				return null;
			});
			super.executeJob(jobId);
		}

	}

	/**
	 * Adds the check of a job, and of a job's log, that belongs to no process to the
	 * engine's checks, and leaves such rows out of the engine's lists for any user but an
	 * administrator.
	 * @throws IllegalStateException when a list is not laid out as this engine's are, so
	 * that the engine never starts with the rows shown
	 */
	static void install(ProcessEngineConfigurationImpl configuration) {
		configuration.getCommandCheckers().add(checker());
		Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
		Set<Object> done = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<String> found = new HashSet<>();
		for (Object value : (Collection<?>) mybatis.getMappedStatements()) {
			if (value instanceof MappedStatement statement && done.add(statement)) {
				String name = statement.getId().substring(statement.getId().lastIndexOf('.') + 1);
				String column = LISTS.get(name);
				if (column != null) {
					where(statement).add(new OfAProcessOnly(column));
					found.add(name);
				}
			}
		}
		if (!found.equals(LISTS.keySet())) {
			throw new IllegalStateException("The engine's lists of jobs and incidents are not laid out as expected;"
					+ " found " + found + " of " + LISTS.keySet());
		}
	}

	/** The conditions of the statement's WHERE clause, to which one can be added. */
	@SuppressWarnings("unchecked")
	private static List<SqlNode> where(MappedStatement statement) {
		try {
			SqlNode root = root(statement.getSqlSource());
			List<SqlNode> top = (List<SqlNode>) field(MixedSqlNode.class, "contents").get(root);
			List<SqlNode> wheres = top.stream().filter(WhereSqlNode.class::isInstance).toList();
			if (wheres.size() != 1) {
				throw new IllegalStateException(statement.getId() + " has " + wheres.size() + " WHERE clauses");
			}
			Object conditions = field(TrimSqlNode.class, "contents").get(wheres.get(0));
			return (List<SqlNode>) field(MixedSqlNode.class, "contents").get(conditions);
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			throw new IllegalStateException(statement.getId() + " is not laid out as expected: " + ex, ex);
		}
	}

	private static SqlNode root(SqlSource source) throws ReflectiveOperationException {
		if (source instanceof ParsedOnceSqlSource parsedOnce) {
			return parsedOnce.root();
		}
		if (source instanceof DynamicSqlSource) {
			return (SqlNode) field(DynamicSqlSource.class, "rootSqlNode").get(source);
		}
		throw new IllegalStateException("not dynamic SQL: " + source.getClass().getName());
	}

	private static Field field(Class<?> type, String name) throws NoSuchFieldException {
		Field field = type.getDeclaredField(name);
		field.setAccessible(true);
		return field;
	}

	/**
	 * The engine's command checker for a job and a job's log of no process; every other
	 * check passes (the engine's own checkers make them).
	 */
	private static CommandChecker checker() {
		return (CommandChecker) Proxy.newProxyInstance(CommandChecker.class.getClassLoader(),
				new Class<?>[] { CommandChecker.class }, (proxy, method, arguments) -> {
					switch (method.getName()) {
						case "checkReadJob", "checkUpdateJob", "checkUpdateRetriesJob" -> {
							if (arguments[0] instanceof JobEntity job && job.getProcessDefinitionKey() == null) {
								requireAdministrator();
							}
						}
						case "checkReadHistoricJobLog" -> {
							if (arguments[0] instanceof HistoricJobLogEventEntity log
									&& log.getProcessDefinitionKey() == null) {
								requireAdministrator();
							}
						}
						case "equals" -> {
							return proxy == arguments[0];
						}
						case "hashCode" -> {
							return System.identityHashCode(proxy);
						}
						case "toString" -> {
							return "checks of the engine's own jobs";
						}
						default -> {
						}
					}
					return null;
				});
	}

	private static void requireAdministrator() {
		if (!checked()) {
			return;
		}
		throw new AuthorizationException(Messages.refusal("system-job-refused",
				"The engine's own jobs, which belong to no process, and their incidents are the administrator's"));
	}

	/**
	 * Whether the command is a user's whom the engine checks: not the engine's own work,
	 * not an administrator's.
	 */
	private static boolean checked() {
		CommandContext context = Context.getCommandContext();
		return EngineCommands.byUser(context) && context.isAuthorizationCheckEnabled()
				&& context.getProcessEngineConfiguration().isAuthorizationEnabled()
				&& !EngineCommands.byAdministrator(context);
	}

	/**
	 * A row of the list only if it belongs to a process, when the engine checks the
	 * caller's authorizations (for anyone but an administrator).
	 */
	private record OfAProcessOnly(String column) implements SqlNode {

		@Override
		public boolean apply(DynamicContext context) {
			if (context.getBindings()
				.get(DynamicContext.PARAMETER_OBJECT_KEY) instanceof ListQueryParameterObject query) {
				AuthorizationCheck check = query.getAuthCheck();
				if (check != null && check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null
						&& !EngineCommands.byAdministrator(Context.getCommandContext())) {
					context.appendSql(" AND " + this.column + " is not null ");
				}
			}
			return true;
		}

	}

}
