package com.osb.salesops.approvals.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import com.osb.salesops.shared.time.PublicHolidays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deadlines of POLICY section 8 counted in business time, office open 09:00 to 18:00
 * in Asia/Shanghai, on the public holidays and make-up working days of
 * {@code rules/calendar/public-holidays.csv}: across evenings, weekends, the National Day
 * holidays and Spring Festival.
 */
class BusinessTimeTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static BusinessTime time;

	@BeforeAll
	static void calendar() throws IOException {
		Path file = Path.of("rules/calendar/public-holidays.csv");
		PublicHolidays holidays = PublicHolidays.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		time = new BusinessTime(holidays::isBusinessDay, LocalTime.of(9, 0), LocalTime.of(18, 0), SHANGHAI);
	}

	@ParameterizedTest(name = "{0}: {1} + {2} days {3} hours = {4}")
	@CsvSource(textBlock = """
			approve order on a Monday morning,                 2026-11-16T10:00, 1, 0, 2026-11-17T10:00
			approve order on a Friday afternoon,               2026-11-20T16:00, 1, 0, 2026-11-23T16:00
			approve order above 500000 on a Thursday,          2026-11-19T10:00, 2, 0, 2026-11-23T10:00
			review contract arriving on a Friday evening,      2026-11-20T19:30, 1, 0, 2026-11-24T09:00
			review contract arriving on a Saturday,            2026-11-21T11:00, 1, 0, 2026-11-24T09:00
			review contract arriving before opening,           2026-11-17T07:45, 1, 0, 2026-11-18T09:00
			issue invoice before the National Day holidays,    2026-09-30T10:00, 1, 0, 2026-10-08T10:00
			confirm delivery dispatched before New Year,       2026-12-31T15:00, 2, 0, 2027-01-05T15:00
			credit hold in the morning,                        2026-11-16T10:00, 0, 4, 2026-11-16T14:00
			credit hold late in the afternoon,                 2026-11-16T16:00, 0, 4, 2026-11-17T11:00
			credit hold on a Friday afternoon,                 2026-11-20T17:00, 0, 4, 2026-11-23T12:00
			credit hold on a Sunday,                           2026-11-22T10:00, 0, 4, 2026-11-23T13:00
			credit hold on the eve of National Day,            2026-09-30T17:30, 0, 4, 2026-10-08T12:30
			approve order before a make-up Saturday,           2026-10-09T10:00, 1, 0, 2026-10-10T10:00
			approve order before Spring Festival 2027,         2027-02-04T15:00, 1, 0, 2027-02-14T15:00
			credit hold escalated at twice the deadline,       2026-11-16T16:00, 0, 8, 2026-11-17T15:00
			approve order escalated at twice the deadline,     2026-11-20T16:00, 2, 0, 2026-11-24T16:00
			approve order above 500000 escalated,              2026-11-19T10:00, 4, 0, 2026-11-25T10:00
			""")
	void countsInBusinessTime(String example, LocalDateTime start, int days, int hours, LocalDateTime expected) {
		// when
		Instant due = time.plus(start.atZone(SHANGHAI).toInstant(), days, hours);

		// then
		assertThat(LocalDateTime.ofInstant(due, SHANGHAI)).as(example).isEqualTo(expected);
	}

	@Test
	void refusesANegativeDeadlineAndAnOfficeThatClosesBeforeItOpens() {
		assertThatThrownBy(() -> time.plus(Instant.EPOCH, -1, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BusinessTime((day) -> true, LocalTime.of(18, 0), LocalTime.of(9, 0), SHANGHAI))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
