package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.InvoiceSettled;
import com.osb.salesops.receivables.InvoiceWrittenOff;
import com.osb.salesops.shared.process.SystemActions;
import org.camunda.bpm.engine.RuntimeService;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends an invoice's collections case at once, whatever step it is in, when the invoice is
 * settled or written off, in the same transaction as the payment or the write-off.
 */
@Component
class InvoiceEventsToCases {

	private final RuntimeService runtime;

	private final SystemActions system;

	InvoiceEventsToCases(RuntimeService runtime, SystemActions system) {
		this.runtime = runtime;
		this.system = system;
	}

	@EventListener
	public void settled(InvoiceSettled event) {
		end(CollectionsProcess.MSG_SETTLED, event.invoiceNumber());
	}

	@EventListener
	public void writtenOff(InvoiceWrittenOff event) {
		end(CollectionsProcess.MSG_WRITTEN_OFF, event.invoiceNumber());
	}

	/** The payer's rights do not reach the case, so the application ends it itself. */
	private void end(String message, String invoiceNumber) {
		this.system.run(() -> this.runtime.createMessageCorrelation(message)
			.processInstanceBusinessKey(invoiceNumber)
			.correlateAllWithResult());
	}

}
