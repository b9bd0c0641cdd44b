package com.osb.salesops.returns.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task of a return: the user logged in, else the task's assignee. */
final class ReturnActors {

	private ReturnActors() {
	}

	static String current(DelegateTask task) {
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (user != null) ? user.getUserId() : task.getAssignee();
	}

}
