package com.osb.salesops.credit.process;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * When the quarterly refresh runs: at 00:00 business time on 1 January, April, July and
 * October. The timer of {@code credit-refresh} reads its cycle from here, with the
 * business time zone's offset, so that the server's own time zone does not matter.
 */
@Component("creditRefreshSchedule")
public class CreditRefreshSchedule {

	private final BusinessClock clock;

	CreditRefreshSchedule(BusinessClock clock) {
		this.clock = clock;
	}

	/** 00:00 business time on the given business date. */
	public java.util.Date startOf(LocalDate day) {
		return java.util.Date.from(day.atStartOfDay(this.clock.zone()).toInstant());
	}

	/** An ISO 8601 repeating interval starting at the next quarter's first day. */
	public String cycle() {
		return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
				BusinessClock.nextQuarterStart(this.clock.today()).atStartOfDay(this.clock.zone()).toOffsetDateTime())
				+ "/P3M";
	}

}
