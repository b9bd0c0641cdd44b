package com.osb.salesops.incentive.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.osb.salesops.shared.time.BusinessCalendar;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.time.PublicHolidays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review deadline: the end of the given business day after today, in business time,
 * skipping Saturdays, Sundays and public holidays.
 */
class StatementCalendarTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** Thursday 1 and Friday 2 October 2026 off, and Saturday 3, which is off anyway. */
	private static final PublicHolidays GOLDEN_WEEK = PublicHolidays.parse("test",
			"date,name\n2026-10-01,National Day\n2026-10-02,National Day\n2026-10-03,National Day\n");

	private StatementCalendar calendar;

	@ParameterizedTest
	@CsvSource({ "2026-11-02T09:00, 2026-11-10T00:00", "2026-11-06T17:30, 2026-11-14T00:00",
			"2026-11-07T10:00, 2026-11-14T00:00", "2026-11-08T23:59, 2026-11-14T00:00" })
	void fiveBusinessDaysSkipTheWeekend(LocalDateTime now, LocalDateTime expected) {
		// given
		this.calendar = on(now);

		// when
		Date deadline = this.calendar.reviewDeadline(5);

		// then
		assertThat(deadline).isEqualTo(at(expected));
	}

	@Test
	void fiveBusinessDaysSkipThePublicHolidays() {
		// given Monday 28 September: Tuesday, Wednesday, (Thursday to Sunday off), Monday
		// to Wednesday
		this.calendar = on(LocalDateTime.parse("2026-09-28T10:00"));

		// when
		Date deadline = this.calendar.reviewDeadline(5);

		// then the end of Wednesday 7 October instead of Monday 5 October
		assertThat(deadline).isEqualTo(at(LocalDateTime.parse("2026-10-08T00:00")));
	}

	@Test
	void aHolidayOnASaturdayCostsNoBusinessDay() {
		// given Friday 2 October, a holiday itself: Saturday 3 October is a holiday too
		this.calendar = on(LocalDateTime.parse("2026-10-02T10:00"));

		// when
		Date deadline = this.calendar.reviewDeadline(5);

		// then Monday to Friday, as without the holiday on the Saturday
		assertThat(deadline).isEqualTo(at(LocalDateTime.parse("2026-10-10T00:00")));
	}

	@Test
	void countsTheBusinessDaysTheModelGives() {
		// given Monday 2 November
		this.calendar = on(LocalDateTime.parse("2026-11-02T10:00"));

		// when
		Date deadline = this.calendar.reviewDeadline(3);

		// then the end of Thursday
		assertThat(deadline).isEqualTo(at(LocalDateTime.parse("2026-11-06T00:00")));
		assertThat(this.calendar.reviewDeadline(10)).isEqualTo(at(LocalDateTime.parse("2026-11-17T00:00")));
	}

	@ParameterizedTest(name = "{0}: due {1}")
	@CsvSource({ "2027-02-03T10:00, 2027-02-18T00:00", "2027-02-12T10:00, 2027-02-19T00:00",
			"2027-02-16T10:00, 2027-02-23T00:00" })
	void fiveBusinessDaysSkipSpringFestival2027AndCountItsMakeUpWorkingDays(LocalDateTime now, LocalDateTime expected)
			throws IOException {
		// given the calendar the application ships with: 5 to 13 February 2027 off,
		// Sunday 14 and Saturday 20 February worked
		Path shipped = Path.of(BusinessCalendar.FILE);
		this.calendar = new StatementCalendar(new BusinessClock(ZONE, Clock.fixed(at(now).toInstant(), ZONE)),
				new BusinessCalendar(
						PublicHolidays.parse(shipped.toString(), Files.readString(shipped, StandardCharsets.UTF_8))));

		// when
		Date deadline = this.calendar.reviewDeadline(5);

		// then
		assertThat(deadline).isEqualTo(at(expected));
	}

	private static Date at(LocalDateTime businessTime) {
		return Date.from(businessTime.atZone(ZONE).toInstant());
	}

	private StatementCalendar on(LocalDateTime now) {
		return new StatementCalendar(new BusinessClock(ZONE, Clock.fixed(at(now).toInstant(), ZONE)),
				new BusinessCalendar(GOLDEN_WEEK));
	}

}
