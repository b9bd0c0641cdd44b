package com.osb.salesops.incentive.process;

import java.time.format.DateTimeFormatter;

import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * When the quarterly statement run starts: at 00:00 business time on the 5th day after a
 * quarter ends (5 January, April, July and October), for the quarter that ended.
 */
@Component("statementRunSchedule")
public class StatementRunSchedule {

	/** Days from the first day of a quarter to the run: the 5th day after the end. */
	static final int DAYS_AFTER_QUARTER_START = 4;

	private final BusinessClock clock;

	StatementRunSchedule(BusinessClock clock) {
		this.clock = clock;
	}

	/** An ISO 8601 repeating interval from the next run, every 3 months. */
	public String cycle() {
		var today = this.clock.today();
		var run = Quarter.of(today).start().plusDays(DAYS_AFTER_QUARTER_START);
		if (!run.isAfter(today)) {
			run = BusinessClock.nextQuarterStart(today).plusDays(DAYS_AFTER_QUARTER_START);
		}
		return "R/"
				+ DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(run.atStartOfDay(this.clock.zone()).toOffsetDateTime())
				+ "/P3M";
	}

	/** The quarter that ended last, the period a scheduled run covers. */
	public String endedPeriod() {
		return Quarter.of(this.clock.today()).previous().toString();
	}

}
