package com.osb.salesops.receivables;

import java.math.BigDecimal;

/**
 * A credit note to issue, for a return or a price correction.
 *
 * @param customerId the customer credited
 * @param invoiceNumber the invoice it reduces first, or null for the customer's oldest
 * open items
 * @param amount the amount credited
 * @param reason why
 */
public record NewCreditNote(long customerId, String invoiceNumber, BigDecimal amount, String reason) {
}
