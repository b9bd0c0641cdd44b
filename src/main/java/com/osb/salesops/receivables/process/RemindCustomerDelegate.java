package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.CollectionCases;
import com.osb.salesops.receivables.CollectionLetters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Mails the customer a reminder with the invoice, the amount open and the days past due.
 */
@Component
class RemindCustomerDelegate implements JavaDelegate {

	private final CollectionCases cases;

	private final CollectionLetters letters;

	RemindCustomerDelegate(CollectionCases cases, CollectionLetters letters) {
		this.cases = cases;
		this.letters = letters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.letters.remind(this.cases.invoice(CollectionsProcess.INVOICE_NUMBER.get(execution)).orElseThrow(),
				CollectionsProcess.DAYS_PAST_DUE.get(execution));
	}

}
