package com.osb.salesops.shared.time;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.osb.salesops.shared.SalesOpsProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The business date: today in the company's time zone, which is not the server's, on the
 * application's clock.
 */
@Component
public class BusinessClock {

	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzzz ('UTC'xxx)",
			Locale.ENGLISH);

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

	/**
	 * A moment as a person reads it, in the business time zone and naming it, since a
	 * reader elsewhere (or a browser set to another zone) could take it for their own:
	 * {@code 2026-11-18 17:30 China Standard Time (UTC+08:00)}.
	 */
	public String text(Instant moment) {
		return TEXT.format(moment.atZone(this.zone));
	}

	/**
	 * A moment as a person reads it in their language, in the business time zone and
	 * naming it: {@code 2026-11-18 17:30 中国标准时间 (UTC+08:00)} in Chinese.
	 */
	public String text(Instant moment, Locale language) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzzz ('UTC'xxx)", language)
			.format(moment.atZone(this.zone));
	}

	/**
	 * A moment for a program, in the business time zone with its offset:
	 * {@code 2026-11-18T17:30:00+08:00}.
	 */
	public String iso(Instant moment) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment.atZone(this.zone));
	}

	/** The first day of the quarter after the one the date is in. */
	public static LocalDate nextQuarterStart(LocalDate date) {
		int firstMonthOfQuarter = ((date.getMonthValue() - 1) / 3) * 3 + 1;
		return date.withMonth(firstMonthOfQuarter).withDayOfMonth(1).plusMonths(3);
	}

}
