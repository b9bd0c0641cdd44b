package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice's open item was written off as bad debt: it is no longer chased.
 *
 * @param invoiceNumber the invoice
 * @param amount the amount written off
 * @param writtenOffOn the business day of the write-off
 */
public record InvoiceWrittenOff(String invoiceNumber, BigDecimal amount, LocalDate writtenOffOn) {
}
