package com.osb.salesops.forecast.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a forecast is from what it is compared with, as a share of that: {@code
 * |forecast - base| / base}; none when the base is 0 or less, since a share of nothing
 * says nothing (the rules decide what a forecast against nothing means).
 */
public final class Deviation {

	private static final int SCALE = 6;

	private Deviation() {
	}

	public static BigDecimal of(BigDecimal forecast, BigDecimal base) {
		if (base == null || base.signum() <= 0) {
			return null;
		}
		return forecast.subtract(base).abs().divide(base, SCALE, RoundingMode.HALF_EVEN);
	}

}
