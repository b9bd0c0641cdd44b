package com.osb.salesops.shared.time;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.osb.salesops.shared.SalesOpsProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The business date: today in the company's time zone, which is not the server's, on the
 * application's clock.
 */
@Component
public class BusinessClock {

	private final ZoneId zone;

	private final Clock clock;

	@Autowired
	public BusinessClock(SalesOpsProperties properties, Clock clock) {
		this(properties.businessZone(), clock);
	}

	public BusinessClock(ZoneId zone, Clock clock) {
		this.zone = zone;
		this.clock = clock.withZone(zone);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The moment it is now. */
	public Instant now() {
		return this.clock.instant();
	}

	/** The moment it is now, as the database stores it. */
	public Timestamp timestamp() {
		return Timestamp.from(now());
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The first day of the quarter after the one the date is in. */
	public static LocalDate nextQuarterStart(LocalDate date) {
		int firstMonthOfQuarter = ((date.getMonthValue() - 1) / 3) * 3 + 1;
		return date.withMonth(firstMonthOfQuarter).withDayOfMonth(1).plusMonths(3);
	}

}
