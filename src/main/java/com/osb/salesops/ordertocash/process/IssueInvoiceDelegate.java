package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.invoicing.Invoicing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Issues the invoice (FP) and posts its open item through finance.
 */
@Component
class IssueInvoiceDelegate implements JavaDelegate {

	private final Invoicing invoicing;

	IssueInvoiceDelegate(Invoicing invoicing) {
		this.invoicing = invoicing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		INVOICE_NUMBER.set(execution, this.invoicing.issue(ORDER_NUMBER.get(execution)));
	}

}
