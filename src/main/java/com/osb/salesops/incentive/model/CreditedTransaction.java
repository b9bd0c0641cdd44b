package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One ledger document as a fact for the incentive rules. The rules, not the code, decide
 * how much it adds to or takes from credited revenue and whether it earns a SPIFF, and
 * record which rule decided, so that every statement line can be explained.
 */
public class CreditedTransaction {

	private final TransactionKind kind;

	private final LocalDate date;

	private final BigDecimal amount;

	private final int invoiceAgeDays;

	private final String documents;

	private BigDecimal credited = BigDecimal.ZERO;

	private BigDecimal spiff = BigDecimal.ZERO;

	private String rule;

	/**
	 * @param kind what the document is
	 * @param date the date it counts on (received, issued, written off)
	 * @param amount its amount, as a positive number for payments, credit notes and bad
	 * debt
	 * @param invoiceAgeDays days from the invoice's issue to the write-off (bad debt
	 * only)
	 * @param documents the document numbers it comes from
	 */
	public CreditedTransaction(TransactionKind kind, LocalDate date, BigDecimal amount, int invoiceAgeDays,
			String documents) {
		this.kind = kind;
		this.date = date;
		this.amount = amount;
		this.invoiceAgeDays = invoiceAgeDays;
		this.documents = documents;
	}

	public TransactionKind getKind() {
		return this.kind;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public int getInvoiceAgeDays() {
		return this.invoiceAgeDays;
	}

	public String getDocuments() {
		return this.documents;
	}

	public BigDecimal getCredited() {
		return this.credited;
	}

	public BigDecimal getSpiff() {
		return this.spiff;
	}

	public String getRule() {
		return this.rule;
	}

	/** Records what the document adds to credited revenue and the rule that said so. */
	public void credit(BigDecimal creditedAmount, String ruleName) {
		this.credited = creditedAmount;
		this.rule = ruleName;
	}

	/** Records the SPIFF the document earns and the rule that said so. */
	public void award(BigDecimal spiffAmount, String ruleName) {
		this.spiff = spiffAmount;
		this.rule = ruleName;
	}

	@Override
	public String toString() {
		return this.kind + " " + this.documents + " " + this.amount;
	}

}
