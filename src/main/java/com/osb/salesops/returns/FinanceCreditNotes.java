package com.osb.salesops.returns;

import com.osb.salesops.integration.finance.CreditNoteRequest;
import com.osb.salesops.integration.finance.Finance;
import com.osb.salesops.integration.finance.IssuedCreditNote;

import org.springframework.stereotype.Component;

/**
 * Credit notes issued by finance: in the application's own ledger, or through the
 * accounting system in {@code http} mode, once per return either way.
 */
@Component
class FinanceCreditNotes implements CreditNotes {

	private final Finance finance;

	FinanceCreditNotes(Finance finance) {
		this.finance = finance;
	}

	@Override
	public Issued issueForReturn(Request request) {
		IssuedCreditNote note = this.finance
			.issueCreditNote(new CreditNoteRequest(request.returnNumber(), request.orderNumber(),
					request.invoiceNumber(), request.amount(), request.date(), "Return " + request.returnNumber()));
		return new Issued(note.number(), note.appliedToInvoice(), note.customerCredit());
	}

}
