package com.osb.salesops.home.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import com.osb.salesops.home.ReportSettings;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * When the sales reports go out, as the timers of {@code weekly-sales-report} and
 * {@code monthly-sales-report} read it: the weekly report every week on the configured
 * day, the monthly one every month on the configured day, both at the configured time of
 * day in business time, so that the server's own time zone does not matter. The engine's
 * timers fire once in a cluster.
 */
@Component("salesReportSchedule")
public class SalesReportSchedule {

	private final BusinessClock clock;

	private final ReportSettings settings;

	SalesReportSchedule(BusinessClock clock, ReportSettings settings) {
		this.clock = clock;
		this.settings = settings;
	}

	/** An ISO 8601 repeating interval from the next weekly report, every 7 days. */
	public String weeklyCycle() {
		LocalDate today = this.clock.today();
		LocalDate next = today.with(TemporalAdjusters.nextOrSame(this.settings.weeklyDay()));
		if (!startOf(next).isAfter(this.clock.now())) {
			next = next.plusWeeks(1);
		}
		return "R/" + at(next) + "/P7D";
	}

	/** An ISO 8601 repeating interval from the next monthly report, every month. */
	public String monthlyCycle() {
		LocalDate today = this.clock.today();
		LocalDate next = today.withDayOfMonth(this.settings.monthlyDay());
		if (!startOf(next).isAfter(this.clock.now())) {
			next = next.plusMonths(1);
		}
		return "R/" + at(next) + "/P1M";
	}

	private Instant startOf(LocalDate day) {
		return day.atTime(this.settings.sendAt()).atZone(this.clock.zone()).toInstant();
	}

	private String at(LocalDate day) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(day.atTime(this.settings.sendAt()).atZone(this.clock.zone()).toOffsetDateTime());
	}

}
