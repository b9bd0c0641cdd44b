package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.CollectionCases;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Closes the case of a settled or written-off invoice and lifts its credit hold. */
@Component
class CloseCollectionCaseDelegate implements JavaDelegate {

	private final CollectionCases cases;

	private final BusinessClock clock;

	CloseCollectionCaseDelegate(CollectionCases cases, BusinessClock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.cases.close(CollectionsProcess.INVOICE_NUMBER.get(execution), this.clock.today());
	}

}
