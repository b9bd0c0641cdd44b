package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;

/**
 * What the order's steps and forms need to know about it.
 *
 * @param number order number
 * @param customerId customer id
 * @param customerCode customer code
 * @param customerName customer name
 * @param repUserId the owning rep's user id
 * @param total order total
 * @param maxDiscountPercent largest line discount
 * @param paymentTerms payment terms once the credit check set them
 * @param committedAmount amount committed against the customer's credit
 * @param lines the lines as text, one per line
 */
public record OrderSummary(String number, long customerId, String customerCode, String customerName, String repUserId,
		BigDecimal total, BigDecimal maxDiscountPercent, String paymentTerms, BigDecimal committedAmount,
		String lines) {
}
