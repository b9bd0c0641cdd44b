package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A validated order line.
 *
 * @param productId the product
 * @param sku its stock-keeping unit
 * @param quantity units ordered, more than zero
 * @param unitPrice price per unit, at least the floor price
 * @param discountPercent line discount, 0 to 100
 */
public record OrderLine(long productId, String sku, int quantity, BigDecimal unitPrice, BigDecimal discountPercent) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Quantity times price less the discount, to the cent (HALF_EVEN). */
	public BigDecimal amount() {
		BigDecimal gross = this.unitPrice.multiply(BigDecimal.valueOf(this.quantity));
		BigDecimal net = gross.multiply(HUNDRED.subtract(this.discountPercent)).divide(HUNDRED);
		return net.setScale(2, RoundingMode.HALF_EVEN);
	}

}
