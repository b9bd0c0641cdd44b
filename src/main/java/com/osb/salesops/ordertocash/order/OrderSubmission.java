package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A sales order that passed validation and may be stored.
 *
 * @param customerId the customer
 * @param customerCode the customer's code
 * @param repId the customer's sales rep
 * @param requestedDate the delivery date the customer asked for, if any
 * @param channel the channel the order was sold through, {@code null} when not said
 * @param lines the order lines
 * @param delivery where the goods go, as the customer's file says now; null when the file
 * has no delivery address
 */
public record OrderSubmission(long customerId, String customerCode, String repId, LocalDate requestedDate,
		SalesChannel channel, List<OrderLine> lines, OrderDelivery delivery) {

	public BigDecimal total() {
		return this.lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal maxDiscountPercent() {
		return this.lines.stream().map(OrderLine::discountPercent).reduce(BigDecimal.ZERO, BigDecimal::max);
	}

}
