package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer payment to record.
 *
 * @param customerId the paying customer
 * @param orderId the order it was sent for, or null
 * @param amount the amount received
 * @param reference the bank or remittance reference; the same reference again is the same
 * payment
 * @param receivedOn the day received, or null for today
 * @param invoiceNumbers the invoices finance names, in order; empty to allocate by rule
 * @param allocatedBy who allocated it by hand, or null
 */
public record NewPayment(long customerId, Long orderId, BigDecimal amount, String reference, LocalDate receivedOn,
		List<String> invoiceNumbers, String allocatedBy) {

	public NewPayment {
		invoiceNumbers = (invoiceNumbers != null) ? List.copyOf(invoiceNumbers) : List.of();
	}

}
