package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.CollectionCases;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/** Records the general manager's decision on the escalated invoice. */
@Component
class RecordEscalationReviewListener implements TaskListener {

	private final CollectionCases cases;

	RecordEscalationReviewListener(CollectionCases cases) {
		this.cases = cases;
	}

	@Override
	public void notify(DelegateTask task) {
		this.cases.recordOutcome(CollectionsProcess.INVOICE_NUMBER.get(task), "ESCALATE", "REVIEWED",
				CollectionsProcess.ESCALATION_NOTE.get(task), task.getAssignee());
	}

}
