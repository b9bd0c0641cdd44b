package com.osb.salesops.incentive.model;

/**
 * What a ledger document is to incentive compensation, before the rules decide how it
 * counts.
 */
public enum TransactionKind {

	/** A customer payment received on one of the rep's orders. */
	PAYMENT,

	/** A credit note for a return, issued on one of the rep's invoices or customers. */
	CREDIT_NOTE,

	/** An open item written off as bad debt. */
	BAD_DEBT,

	/** A customer's first ever order, fully paid. */
	FIRST_ORDER_PAID,

	/** Negative credited revenue of the previous quarter. */
	CARRIED_IN

}
