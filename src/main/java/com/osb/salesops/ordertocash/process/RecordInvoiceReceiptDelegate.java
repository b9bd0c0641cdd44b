package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.invoicing.Invoicing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Records that the invoice was mailed and the customer confirmed its receipt.
 */
@Component
class RecordInvoiceReceiptDelegate implements JavaDelegate {

	private final Invoicing invoicing;

	RecordInvoiceReceiptDelegate(Invoicing invoicing) {
		this.invoicing = invoicing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.invoicing.confirmReceipt(ORDER_NUMBER.get(execution), ProcessUsers.current(execution));
	}

}
