package com.osb.salesops.shared.process;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A page of a list that starts before the first row ({@code firstResult} below 0) is the
 * caller's mistake, refused with the reason, whichever list it is (a query or a saved
 * filter run); the engine handed it to the database, which failed on it.
 */
class PageGuard extends CommandInterceptor {

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
		return this.next.execute(command);
	}

}
