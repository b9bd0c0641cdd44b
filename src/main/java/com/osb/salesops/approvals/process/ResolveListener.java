package com.osb.salesops.approvals.process;

import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.shared.audit.AuditLog;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;

/**
 * Records the answer of a delegate as theirs, on behalf of the task's owner, when they
 * resolve a delegated task and it goes back to its owner.
 */
class ResolveListener implements TaskListener {

	private final AuditLog audit;

	ResolveListener(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!(task instanceof TaskEntity entity) || entity.getDelegationState() != DelegationState.RESOLVED
				|| task.getOwner() == null) {
			return;
		}
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String delegate = (user != null) ? user.getUserId() : null;
		if (delegate == null || delegate.equals(task.getOwner())) {
			return;
		}
		Map<String, Object> answer = new TreeMap<>();
		task.getVariables().forEach((name, value) -> {
			if (name.endsWith("Decision") || name.endsWith("Reason")) {
				answer.put(name, value);
			}
		});
		Context.getCommandContext().runWithoutAuthorization(() -> {
			String[] subject = Subjects.of(task);
			this.audit.record(delegate, "DELEGATE_RESOLVED", subject[0], subject[1], task.getProcessInstanceId(),
					task.getName() + ": answered by " + delegate + " on behalf of " + task.getOwner()
							+ (answer.isEmpty() ? "" : " " + answer) + "; back to " + task.getOwner() + " to complete");
			return null;
		});
	}

}
