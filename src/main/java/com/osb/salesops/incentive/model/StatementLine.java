package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a rep's statement: a document, what it counted for and why.
 *
 * @param date the date it counts on
 * @param kind what the document is
 * @param documents the payment receipt, credit note, invoice and order numbers
 * @param amount the document's amount
 * @param credited what it adds to credited revenue (negative: deducted)
 * @param spiff the SPIFF it earns
 * @param rule the rule that decided
 */
public record StatementLine(LocalDate date, TransactionKind kind, String documents, BigDecimal amount,
		BigDecimal credited, BigDecimal spiff, String rule) {

	public static StatementLine of(CreditedTransaction transaction) {
		return new StatementLine(transaction.getDate(), transaction.getKind(), transaction.getDocuments(),
				transaction.getAmount(), transaction.getCredited(), transaction.getSpiff(), transaction.getRule());
	}

}
