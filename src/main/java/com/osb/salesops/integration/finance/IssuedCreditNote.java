package com.osb.salesops.integration.finance;

import java.math.BigDecimal;

/**
 * A credit note as finance issued it: the part that reduced the order's open invoice and
 * the rest, kept as the customer's credit.
 *
 * @param number the credit note's own number (HZ series)
 * @param appliedToInvoice what reduced the open invoice
 * @param customerCredit what was left as customer credit
 */
public record IssuedCreditNote(String number, BigDecimal appliedToInvoice, BigDecimal customerCredit) {
}
