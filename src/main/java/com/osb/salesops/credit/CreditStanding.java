package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What finance weighs when it decides a credit hold: what the customer owes and how late,
 * what other orders already commit, the limit and grade, and what they paid last.
 *
 * @param openReceivables what the customer owes on open invoices
 * @param overdue the part of it past its due date
 * @param maxOverdueDays days past due of the oldest open invoice, 0 when none is overdue
 * @param committed other orders that passed the credit check and are not yet invoiced
 * @param creditLimit the customer's credit limit
 * @param grade the customer's credit grade
 * @param lastPayments the latest payments, newest first
 */
public record CreditStanding(BigDecimal openReceivables, BigDecimal overdue, int maxOverdueDays, BigDecimal committed,
		BigDecimal creditLimit, String grade, List<Payment> lastPayments) {

	/**
	 * One payment received.
	 *
	 * @param receivedOn the business date it arrived
	 * @param amount how much
	 * @param reference the bank's or payer's reference
	 */
	public record Payment(LocalDate receivedOn, BigDecimal amount, String reference) {
	}

}
