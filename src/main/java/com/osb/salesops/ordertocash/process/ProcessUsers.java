package com.osb.salesops.ordertocash.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting in a step: the user who completed the task or sent the event, or nobody
 * for a step the engine runs on its own.
 */
final class ProcessUsers {

	private ProcessUsers() {
	}

	static String current(VariableScope scope) {
		Authentication user = null;
		if (scope instanceof DelegateExecution execution) {
			user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		}
		else if (scope instanceof DelegateTask task) {
			user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		}
		return (user != null) ? user.getUserId() : null;
	}

}
