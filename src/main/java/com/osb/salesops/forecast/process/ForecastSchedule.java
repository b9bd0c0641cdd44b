package com.osb.salesops.forecast.process;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * When the monthly forecast cycle starts: at 00:00 business time on the first day of each
 * month, for that month.
 */
@Component("forecastSchedule")
public class ForecastSchedule {

	private final BusinessClock clock;

	ForecastSchedule(BusinessClock clock) {
		this.clock = clock;
	}

	/** An ISO 8601 repeating interval from the first day of next month, every month. */
	public String cycle() {
		var first = YearMonth.from(this.clock.today()).plusMonths(1).atDay(1);
		return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(first.atStartOfDay(this.clock.zone()).toOffsetDateTime()) + "/P1M";
	}

	/** The month a scheduled cycle covers: the one it starts in. */
	public String currentPeriod() {
		return YearMonth.from(this.clock.today()).toString();
	}

}
