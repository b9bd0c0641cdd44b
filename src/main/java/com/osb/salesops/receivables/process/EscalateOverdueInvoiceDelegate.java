package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.CollectionCases;
import com.osb.salesops.receivables.CollectionLetters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Marks the case escalated and tells the general manager; the invoice, still open past 90
 * days, makes the customer's grade E at the next evaluation.
 */
@Component
class EscalateOverdueInvoiceDelegate implements JavaDelegate {

	private final CollectionCases cases;

	private final CollectionLetters letters;

	EscalateOverdueInvoiceDelegate(CollectionCases cases, CollectionLetters letters) {
		this.cases = cases;
		this.letters = letters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String number = CollectionsProcess.INVOICE_NUMBER.get(execution);
		this.cases.escalate(number);
		this.letters.escalate(this.cases.invoice(number).orElseThrow(),
				CollectionsProcess.DAYS_PAST_DUE.get(execution));
	}

}
