package com.osb.salesops.shared.process;

import java.util.Set;
import java.util.TreeSet;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;

/**
 * Refuses every task query that carries an expression, whichever way it reaches the
 * engine: an ad-hoc query, its {@code orQueries}, a filter being saved, and a filter
 * being run, both the stored query and the query the caller extends it with (which the
 * engine does not check at all). An expression in a query is code that the engine would
 * run with its own rights, so none is ever evaluated for a caller; the only exceptions
 * are {@code ${currentUser()}} and {@code ${currentUserGroups()}} written exactly so,
 * which name the caller and run nothing else. Registered after the command context is
 * opened, so a refused filter is never stored.
 */
class QueryExpressionGuard extends CommandInterceptor {

	/**
	 * The two expressions that are no code but a name for the caller, exactly as Tasklist
	 * writes them in its "My tasks" filters: they evaluate to the logged-in user and
	 * their groups and take no argument.
	 */
	static final Set<String> WHO_IS_ASKING = Set.of("${currentUser()}", "${currentUserGroups()}");

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof TaskQueryImpl query) {
			refuseExpressions(query, "task-query", "A task query");
		}
		else if (command instanceof AbstractExecuteFilterCmd filterCommand) {
			refuseExpressions(extendingQuery(filterCommand), "filter-run-query", "The query a filter is run with");
			refuseExpressions(storedQuery(filterCommand), "filter-stored-query", "The filter's stored query");
		}
		T result = this.next.execute(command);
		if (command instanceof SaveFilterCmd && result instanceof Filter filter) {
			// runs inside the command context, so refusing here rolls the save back
			refuseExpressions(filter.getQuery(), "saved-filter", "A saved filter");
		}
		return result;
	}

	private static void refuseExpressions(Object query, String kind, String what) {
		if (!(query instanceof TaskQueryImpl taskQuery)) {
			return;
		}
		// the query's own criteria come first among its queries, its OR branches after
		// them
		TreeSet<String> fields = new TreeSet<>();
		for (TaskQueryImpl branch : taskQuery.getQueries()) {
			if (branch.getExpressions() != null) {
				branch.getExpressions().forEach((field, expression) -> {
					if (!WHO_IS_ASKING.contains(expression)) {
						fields.add(field);
					}
				});
			}
		}
		if (!fields.isEmpty()) {
			throw new BadUserRequestException(Messages.refusal("query-expression-refused",
					"{0} may not contain expressions: {1}", Messages.text("query-kind." + kind, what),
					String.join(", ", fields.stream().map((field) -> field + "Expression").toList())));
		}
	}

	private static Query<?, ?> extendingQuery(AbstractExecuteFilterCmd command) {
		return EngineCommands.field(command, AbstractExecuteFilterCmd.class, "extendingQuery");
	}

	private static AbstractQuery<?, ?> storedQuery(AbstractExecuteFilterCmd command) {
		CommandContext context = Context.getCommandContext();
		String filterId = filterId(command);
		if (context == null || filterId == null) {
			return null;
		}
		Filter filter = context.getFilterManager().findFilterById(filterId);
		return (filter != null) ? filter.getQuery() : null;
	}

	private static String filterId(AbstractExecuteFilterCmd command) {
		return EngineCommands.field(command, AbstractExecuteFilterCmd.class, "filterId");
	}

}
