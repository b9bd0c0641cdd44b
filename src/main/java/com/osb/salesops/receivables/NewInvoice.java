package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice to issue.
 *
 * @param customerId the customer invoiced
 * @param orderId the order invoiced, or null
 * @param amount the invoiced amount
 * @param issueDate the day of issue
 * @param dueDate the day it falls due
 * @param externalReference the number a remote finance system gave it, or null
 */
public record NewInvoice(long customerId, Long orderId, BigDecimal amount, LocalDate issueDate, LocalDate dueDate,
		String externalReference) {
}
