package com.osb.salesops.integration.finance;

import java.math.BigDecimal;

/**
 * What the order flow asks of finance. Every call is idempotent: a payment is identified
 * by its reference, an invoice and its receivable by the order, so a retried step can
 * never record a payment or invoice twice.
 */
public interface Finance {

	/**
	 * Records a customer payment for an order and returns its receipt number (SK).
	 * @param reference the bank or remittance reference; the same reference again is the
	 * same payment
	 */
	String confirmPayment(String orderNumber, BigDecimal amount, String reference);

	/** The total of the payments recorded for an order. */
	BigDecimal paidAmount(String orderNumber);

	/**
	 * Records that a prepaid order was shipped before it was paid in full (a management
	 * exception), so that what is unpaid on it is a receivable until its invoice.
	 */
	void shippedBeforePayment(String orderNumber);

	/**
	 * Issues the order's invoice (FP) on the customer's payment terms and returns its
	 * number.
	 */
	String issueInvoice(String orderNumber);

	/**
	 * Posts the invoice as an open item; what was paid in advance settles it at once.
	 */
	void postReceivable(String invoiceNumber);

	/**
	 * Issues a credit note for a document that gives money back (a return), once per
	 * document: it reduces the order's open invoice first, the rest is customer credit.
	 */
	IssuedCreditNote issueCreditNote(CreditNoteRequest request);

}
