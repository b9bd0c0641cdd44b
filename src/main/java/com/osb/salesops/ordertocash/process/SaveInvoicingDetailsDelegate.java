package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.invoicing.Invoicing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Files the customer's invoicing details with the order.
 */
@Component
class SaveInvoicingDetailsDelegate implements JavaDelegate {

	private final Invoicing invoicing;

	SaveInvoicingDetailsDelegate(Invoicing invoicing) {
		this.invoicing = invoicing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.invoicing.saveDetails(ORDER_NUMBER.get(execution), INVOICE_ADDRESS.get(execution),
				TAX_NUMBER.get(execution));
	}

}
