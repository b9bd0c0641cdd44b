package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.CollectionCases;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Holds the customer's new orders at the credit check until the case ends. */
@Component
class PlaceCollectionsHoldDelegate implements JavaDelegate {

	private final CollectionCases cases;

	PlaceCollectionsHoldDelegate(CollectionCases cases) {
		this.cases = cases;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.cases.holdCustomer(CollectionsProcess.INVOICE_NUMBER.get(execution));
	}

}
