package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every failed password check, whichever way it came (the webapps' login, HTTP basic
 * on the APIs), with the user id tried: operations see an attack on an account as it
 * happens. The engine slows repeated failures down; it never locks an account for good
 * (see {@code loginMaxAttempts} in the configuration).
 */
class FailedLoginLog extends CommandInterceptor {

	private static final Logger log = LoggerFactory.getLogger("com.osb.salesops.security.login");

	@Override
	public <T> T execute(Command<T> command) {
		T result = this.next.execute(command);
		if (command instanceof CheckPassword && Boolean.FALSE.equals(result)) {
			log.warn("Failed login for user '{}'", userId(command));
		}
		return result;
	}

	private static String userId(Object command) {
		Object userId = EngineCommands.field(command, CheckPassword.class, "userId");
		return (userId != null) ? userId.toString().replaceAll("[\\r\\n\\t]", "_") : null;
	}

}
