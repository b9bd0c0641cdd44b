package com.osb.salesops.credit;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The amount of a manual adjustment as a request carries it: an exact decimal with at
 * most two places, written as text ({@code "-15000.00"}) or as a whole number, never a
 * binary floating-point number, so that the amount approved is the amount typed.
 */
public final class AdjustmentAmount {

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");

	private AdjustmentAmount() {
	}

	/** The amount, or {@code null} when the value is not an exact decimal of cents. */
	public static BigDecimal parse(Object value) {
		if (value instanceof String text && DECIMAL.matcher(text.trim()).matches()) {
			return new BigDecimal(text.trim());
		}
		if (value instanceof Long || value instanceof Integer) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		return null;
	}

}
