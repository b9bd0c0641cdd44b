package com.osb.salesops.forecast.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Forecast accuracy on amounts (POLICY section 6): {@code error = forecast - actual},
 * {@code APE = |error| / actual}, and over several forecasts {@code WAPE = sum |error| /
 * sum actual} and {@code bias = sum error / sum actual}. The ratios are given as
 * percentages rounded to 2 places HALF_EVEN, from unrounded sums; there is none when the
 * actual is 0 or less (nothing to measure against).
 */
public final class ForecastAccuracy {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int RATIO_SCALE = 12;

	private ForecastAccuracy() {
	}

	/**
	 * One forecast against what happened.
	 *
	 * @param forecast the amount forecast
	 * @param actual the amount invoiced in the month net of credit notes
	 */
	public record Pair(BigDecimal forecast, BigDecimal actual) {

		public BigDecimal error() {
			return this.forecast.subtract(this.actual);
		}

	}

	/**
	 * The figures of a set of forecasts, each measured on its own before they are summed.
	 *
	 * @param forecast sum of the forecasts
	 * @param actual sum of the actuals
	 * @param error sum of the errors
	 * @param ape |error| / actual of the sums, in percent, or null
	 * @param wape sum of the absolute errors / sum of the actuals, in percent, or null
	 * @param bias sum of the errors / sum of the actuals, in percent, or null
	 */
	public record Figures(BigDecimal forecast, BigDecimal actual, BigDecimal error, BigDecimal ape, BigDecimal wape,
			BigDecimal bias) {
	}

	public static Figures of(List<Pair> pairs) {
		BigDecimal forecast = BigDecimal.ZERO;
		BigDecimal actual = BigDecimal.ZERO;
		BigDecimal absoluteErrors = BigDecimal.ZERO;
		for (Pair pair : pairs) {
			forecast = forecast.add(pair.forecast());
			actual = actual.add(pair.actual());
			absoluteErrors = absoluteErrors.add(pair.error().abs());
		}
		BigDecimal error = forecast.subtract(actual);
		return new Figures(money(forecast), money(actual), money(error), percent(error.abs(), actual),
				percent(absoluteErrors, actual), percent(error, actual));
	}

	/**
	 * The share of the whole, in percent to 2 places, or null when the whole is not
	 * positive.
	 */
	static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() <= 0) {
			return null;
		}
		return part.multiply(HUNDRED)
			.divide(whole, RATIO_SCALE, RoundingMode.HALF_EVEN)
			.setScale(2, RoundingMode.HALF_EVEN);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

}
