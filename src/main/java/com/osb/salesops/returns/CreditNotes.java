package com.osb.salesops.returns;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a return's money goes back to the customer: the one place a return writes a
 * credit note and its effect on receivables. The credit note reduces the order's open
 * invoice first; any excess is customer credit (POLICY section 6).
 */
public interface CreditNotes {

	/**
	 * Issues the credit note of a return, once per return, and says how it was applied.
	 */
	Issued issueForReturn(Request request);

	/**
	 * @param customerId the customer credited
	 * @param orderNumber the order returned against
	 * @param invoiceNumber the order's invoice, or null when it has none
	 * @param amount what is credited, to the fen
	 * @param date the business day of the credit note
	 * @param returnNumber the return (TH) credited; the same return again is the same
	 * note
	 */
	record Request(long customerId, String orderNumber, String invoiceNumber, BigDecimal amount, LocalDate date,
			String returnNumber) {
	}

	/**
	 * @param number the credit note's number
	 * @param appliedToInvoice what reduced the open invoice
	 * @param customerCredit what was left as customer credit
	 */
	record Issued(String number, BigDecimal appliedToInvoice, BigDecimal customerCredit) {
	}

}
