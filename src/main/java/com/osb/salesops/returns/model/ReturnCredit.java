package com.osb.salesops.returns.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a returned unit is worth (POLICY section 6): the order line's unit price less its
 * discount, kept exact; a line's amount is the quantity times that price, rounded to the
 * fen half even. 10 x 480.00 less 5% is 456.00 a unit; 2 accepted are 912.00.
 */
public final class ReturnCredit {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final int PRICE_SCALE = 6;

	private ReturnCredit() {
	}

	/** The unit price after the line's discount, exact to six places. */
	public static BigDecimal netUnitPrice(BigDecimal unitPrice, BigDecimal discountPercent) {
		BigDecimal discount = (discountPercent != null) ? discountPercent : BigDecimal.ZERO;
		BigDecimal net = unitPrice.multiply(HUNDRED.subtract(discount))
			.divide(HUNDRED, PRICE_SCALE, RoundingMode.HALF_EVEN)
			.stripTrailingZeros();
		return (net.scale() < 2) ? net.setScale(2) : net;
	}

	/**
	 * A line's amount: quantity times the net unit price, rounded half even to the fen.
	 */
	public static BigDecimal lineAmount(int quantity, BigDecimal netUnitPrice) {
		return netUnitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_EVEN);
	}

}
