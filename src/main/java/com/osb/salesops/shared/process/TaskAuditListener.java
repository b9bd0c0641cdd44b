package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.shared.audit.AuditLog;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Writes every completed user task to the audit trail: who, when, which task, and the
 * decision and reasons they gave. Orders are recorded under their order number, other
 * processes under their key and business key.
 */
class TaskAuditListener implements TaskListener {

	/** The form fields that carry a decision or a reason. */
	private static final List<String> DECISIONS = List.of("approvalDecision", "approvalReason", "holdDecision",
			"holdComment", "gmReleaseDecision", "revisionNote", "signedCopy", "shortageDecision", "cancelReason",
			"carrier", "trackingNumber", "amountReceived", "paymentReference", "reviewComment", "decision",
			"decisionComment");

	private final AuditLog audit;

	TaskAuditListener(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String actor = (user != null) ? user.getUserId() : task.getAssignee();
		List<String> given = new ArrayList<>();
		for (String name : DECISIONS) {
			Object value = task.getVariable(name);
			if (value != null) {
				given.add(name + "=" + value);
			}
		}
		Object orderNumber = task.getVariable("orderNumber");
		String businessKey = task.getExecution().getProcessBusinessKey();
		this.audit.record(actor, "TASK_COMPLETED", (orderNumber != null) ? "order" : processKey(task),
				(orderNumber != null) ? orderNumber.toString() : String.valueOf(businessKey),
				task.getProcessInstanceId(), task.getName() + (given.isEmpty() ? "" : " " + given));
	}

	private static String processKey(DelegateTask task) {
		String definitionId = task.getProcessDefinitionId();
		return (definitionId != null) ? definitionId.substring(0, definitionId.indexOf(':')) : "task";
	}

}
