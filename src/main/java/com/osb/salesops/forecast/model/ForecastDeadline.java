package com.osb.salesops.forecast.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;

/**
 * The day a month's forecasts are due: the calendar day the rules name (the 3rd by POLICY
 * section 6), moved to the next business day when it is not one. A day past the month's
 * end counts as its last day.
 */
public final class ForecastDeadline {

	/** Far more days than any run of holidays and weekends. */
	private static final int MAX_DAYS_MOVED = 60;

	private ForecastDeadline() {
	}

	public static LocalDate of(YearMonth period, int deadlineDay, Predicate<LocalDate> businessDay) {
		if (deadlineDay < 1) {
			throw new IllegalArgumentException("The deadline day is 1 or more, not " + deadlineDay);
		}
		LocalDate day = period.atDay(Math.min(deadlineDay, period.lengthOfMonth()));
		for (int moved = 0; moved < MAX_DAYS_MOVED; moved++) {
			if (businessDay.test(day)) {
				return day;
			}
			day = day.plusDays(1);
		}
		throw new IllegalStateException("No business day within " + MAX_DAYS_MOVED + " days after the deadline day");
	}

}
