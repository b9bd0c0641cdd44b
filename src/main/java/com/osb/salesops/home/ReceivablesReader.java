package com.osb.salesops.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What the home page and the reports read of the receivables: the one way in to the open
 * items, so that they stay the receivables' own.
 */
public interface ReceivablesReader {

	/** The open invoices of the reps' customers past their due date, oldest first. */
	List<OverdueInvoice> overdue(Collection<String> repIds, LocalDate today);

	/**
	 * The open amount of the reps' customers in each age band, orders shipped before
	 * payment and not yet invoiced aged from their shipment day.
	 */
	List<AgeingBand> ageing(Collection<String> repIds, LocalDate today);

	/**
	 * What is unpaid on the reps' customers' prepaid orders that were shipped before
	 * payment and are not yet invoiced.
	 */
	ShippedNotInvoiced shippedNotInvoiced(Collection<String> repIds, LocalDate today);

	/**
	 * Days sales outstanding: the open amount over what was invoiced in the last 90 days,
	 * times 90; null when nothing was invoiced.
	 */
	BigDecimal daysSalesOutstanding(Collection<String> repIds, LocalDate today);

	/**
	 * @param invoiceNumber the invoice
	 * @param customerCode the customer
	 * @param customerName the customer's name
	 * @param repId the customer's rep
	 * @param dueDate when it was due
	 * @param daysOverdue days since the due date
	 * @param openAmount what is still open
	 */
	record OverdueInvoice(String invoiceNumber, String customerCode, String customerName, String repId,
			LocalDate dueDate, long daysOverdue, BigDecimal openAmount) {
	}

	/**
	 * @param band {@code CURRENT} (not yet due), {@code DAYS_1_30}, {@code DAYS_31_60},
	 * {@code DAYS_61_90} or {@code OVER_90} days past due
	 * @param invoices how many open invoices
	 * @param openAmount their open amount
	 */
	record AgeingBand(String band, long invoices, BigDecimal openAmount) {
	}

	/**
	 * @param orders how many orders
	 * @param openAmount what is unpaid on them
	 */
	record ShippedNotInvoiced(long orders, BigDecimal openAmount) {
	}

}
