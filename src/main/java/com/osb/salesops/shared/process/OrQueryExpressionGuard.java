package com.osb.salesops.shared.process;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses task queries whose OR branches carry expressions. The engine checks expressions
 * at the top level of a task query, but not inside {@code orQueries}; without this guard
 * an expression switched off for ad-hoc and stored queries could still be run that way.
 * Registered after the command context is opened, so a refused filter is never stored.
 */
class OrQueryExpressionGuard extends CommandInterceptor {

	private final ProcessEngineConfigurationImpl configuration;

	OrQueryExpressionGuard(ProcessEngineConfigurationImpl configuration) {
		this.configuration = configuration;
	}

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof TaskQueryImpl query && !this.configuration.isEnableExpressionsInAdhocQueries()) {
			refuseOrExpressions(query, "ad-hoc");
		}
		T result = this.next.execute(command);
		if (command instanceof SaveFilterCmd && result instanceof Filter filter
				&& filter.getQuery() instanceof TaskQueryImpl query
				&& !this.configuration.isEnableExpressionsInStoredQueries()) {
			// runs inside the command context, so refusing here rolls the save back
			refuseOrExpressions(query, "stored");
		}
		return result;
	}

	private static void refuseOrExpressions(TaskQueryImpl query, String kind) {
		List<TaskQueryImpl> queries = query.getQueries();
		for (TaskQueryImpl branch : queries.subList(1, queries.size())) {
			if (!branch.getExpressions().isEmpty()) {
				throw new BadUserRequestException("Expressions are forbidden in " + kind
						+ " queries, also inside orQueries: " + branch.getExpressions().keySet());
			}
		}
	}

}
