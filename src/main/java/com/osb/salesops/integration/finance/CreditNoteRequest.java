package com.osb.salesops.integration.finance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A credit note asked of finance for a document that gives money back to a customer.
 *
 * @param sourceDocument the document credited (a return's TH number); the same document
 * again is the same credit note
 * @param orderNumber the order whose invoice is reduced first
 * @param invoiceNumber the order's invoice, or null when it has none
 * @param amount what is credited, positive, to the fen
 * @param issueDate the business day of the credit note
 * @param reason why, as the customer's statement shows it
 */
public record CreditNoteRequest(String sourceDocument, String orderNumber, String invoiceNumber, BigDecimal amount,
		LocalDate issueDate, String reason) {
}
