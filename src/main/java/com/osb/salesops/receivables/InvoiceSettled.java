package com.osb.salesops.receivables;

import java.time.LocalDate;

/**
 * An invoice's open item reached zero: its collections case ends at once.
 *
 * @param invoiceNumber the invoice settled
 * @param settledOn the business day it settled
 */
public record InvoiceSettled(String invoiceNumber, LocalDate settledOn) {
}
