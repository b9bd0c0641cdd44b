package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.shared.audit.AuditLog;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Writes every completed user task to the audit trail: who, when, which task, and exactly
 * the fields that person entered at it, with their values (not what earlier steps of the
 * process decided). Orders are recorded under their order number, other processes under
 * their key and business key.
 */
class TaskAuditListener implements TaskListener {

	private final AuditLog audit;

	TaskAuditListener(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String actor = (user != null) ? user.getUserId() : task.getAssignee();
		List<String> given = new ArrayList<>();
		SubmittedFields.of(task.getId()).forEach((name, value) -> given.add(name + "=" + text(value)));
		Object orderNumber = task.getVariable("orderNumber");
		String businessKey = task.getExecution().getProcessBusinessKey();
		this.audit.record(actor, "TASK_COMPLETED", (orderNumber != null) ? "order" : processKey(task),
				(orderNumber != null) ? orderNumber.toString() : String.valueOf(businessKey),
				task.getProcessInstanceId(), task.getName() + (given.isEmpty() ? "" : " " + given));
	}

	private static String text(Object value) {
		return (value instanceof java.math.BigDecimal decimal) ? decimal.toPlainString() : String.valueOf(value);
	}

	private static String processKey(DelegateTask task) {
		String definitionId = task.getProcessDefinitionId();
		return (definitionId != null) ? definitionId.substring(0, definitionId.indexOf(':')) : "task";
	}

}
