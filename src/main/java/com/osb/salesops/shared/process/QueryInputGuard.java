package com.osb.salesops.shared.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.QueryVariableValue;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * What a caller asks of a list that the engine cannot do is the caller's mistake, refused
 * with the reason (400), whichever list it is: a page that starts before the first row
 * ({@code firstResult} below 0; the engine handed it to the database, which failed on it,
 * 500), and a variable condition the engine refuses as it reads it (an object to compare
 * with, which the engine answered 500).
 */
class QueryInputGuard extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		int first = 0;
		if (command instanceof ListQueryParameterObject page) {
			first = page.getFirstResult();
		}
		else if (command instanceof ExecuteFilterListPageCmd) {
			Integer start = EngineCommands.field(command, ExecuteFilterListPageCmd.class, "firstResult");
			first = (start != null) ? start : 0;
		}
		if (first < 0) {
			throw new BadUserRequestException(Messages.refusal("page-start-negative",
					"firstResult is the number of rows to leave out, 0 or more, not {0}", first));
		}
		if (!(command instanceof ListQueryParameterObject)) {
			return this.next.execute(command);
		}
		try {
			return this.next.execute(command);
		}
		catch (BadUserRequestException ex) {
			throw ex;
		}
		catch (ProcessEngineException ex) {
			if (fromAVariableCondition(ex)) {
				throw new BadUserRequestException(ex.getMessage(), ex);
			}
			throw ex;
		}
	}

	/**
	 * Whether the engine refused a variable condition of the query as it read it (an
	 * object as the value to compare with, say), before anything reached the database.
	 */
	private static boolean fromAVariableCondition(ProcessEngineException ex) {
		for (StackTraceElement frame : ex.getStackTrace()) {
			if (frame.getClassName().equals(QueryVariableValue.class.getName())
					&& frame.getMethodName().equals("initialize")) {
				return true;
			}
		}
		return false;
	}

}
