package com.osb.salesops.receivables.process;

import java.time.temporal.ChronoUnit;

import com.osb.salesops.receivables.CollectionCases;
import com.osb.salesops.receivables.CollectionCases.OverdueInvoice;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Reads the invoice as it stands today: days past due (today minus the due date, whatever
 * was paid in part) and the amount still open. A case that went back to work after a
 * promise or a dispute is open again.
 */
@Component
class ReadOverdueInvoiceDelegate implements JavaDelegate {

	private final CollectionCases cases;

	private final BusinessClock clock;

	ReadOverdueInvoiceDelegate(CollectionCases cases, BusinessClock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String number = CollectionsProcess.INVOICE_NUMBER.get(execution);
		OverdueInvoice invoice = this.cases.invoice(number)
			.orElseThrow(() -> new IllegalStateException("No invoice " + number));
		int days = (int) ChronoUnit.DAYS.between(invoice.dueDate(), this.clock.today());
		CollectionsProcess.DAYS_PAST_DUE.set(execution, days);
		CollectionsProcess.OPEN_AMOUNT.set(execution, invoice.openAmount());
		CollectionsProcess.OPEN_AMOUNT_TEXT.set(execution, MoneyText.of(invoice.openAmount()));
		CollectionsProcess.DUE_DATE_TEXT.set(execution, invoice.dueDate().toString());
		CollectionsProcess.CUSTOMER_CODE.set(execution, invoice.customerCode());
		CollectionsProcess.CUSTOMER_NAME.set(execution, invoice.customerName());
		CollectionsProcess.REP_USER_ID.set(execution, invoice.repUserId());
		this.cases.setStatus(number, CollectionCases.OPEN, null);
	}

}
