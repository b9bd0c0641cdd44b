package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.BadDebts;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/** Records an approver's decision on the proposed write-off. */
@Component
class RecordWriteOffDecisionListener implements TaskListener {

	private final BadDebts badDebts;

	RecordWriteOffDecisionListener(BadDebts badDebts) {
		this.badDebts = badDebts;
	}

	@Override
	public void notify(DelegateTask task) {
		this.badDebts.decide(task.getProcessInstanceId(), "APPROVE".equals(BadDebtWriteOffProcess.DECISION.get(task)),
				(task.getAssignee() != null) ? task.getAssignee() : task.getTaskDefinitionKey(),
				BadDebtWriteOffProcess.COMMENT.get(task));
	}

}
