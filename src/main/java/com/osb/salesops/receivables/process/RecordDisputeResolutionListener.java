package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.CollectionCases;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/** Records how sales ops closed the dispute; the case goes back to work. */
@Component
class RecordDisputeResolutionListener implements TaskListener {

	private final CollectionCases cases;

	RecordDisputeResolutionListener(CollectionCases cases) {
		this.cases = cases;
	}

	@Override
	public void notify(DelegateTask task) {
		this.cases.recordOutcome(CollectionsProcess.INVOICE_NUMBER.get(task), "CALL_TASK", "DISPUTE_CLOSED",
				CollectionsProcess.DISPUTE_RESOLUTION.get(task), task.getAssignee());
	}

}
