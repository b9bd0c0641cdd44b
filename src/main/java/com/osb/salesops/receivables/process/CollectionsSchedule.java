package com.osb.salesops.receivables.process;

import java.time.format.DateTimeFormatter;

import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * When the daily collections sweep runs: at 01:00 business time every day, from tomorrow,
 * whatever the server's own time zone.
 */
@Component("collectionsSchedule")
public class CollectionsSchedule {

	private static final int HOUR = 1;

	private final BusinessClock clock;

	CollectionsSchedule(BusinessClock clock) {
		this.clock = clock;
	}

	/** An ISO 8601 repeating interval, daily from tomorrow 01:00 business time. */
	public String cycle() {
		return "R/"
				+ DateTimeFormatter.ISO_OFFSET_DATE_TIME
					.format(this.clock.today().plusDays(1).atTime(HOUR, 0).atZone(this.clock.zone()).toOffsetDateTime())
				+ "/P1D";
	}

}
