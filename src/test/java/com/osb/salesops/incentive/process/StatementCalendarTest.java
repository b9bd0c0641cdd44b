package com.osb.salesops.incentive.process;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five business days skip Saturdays and Sundays.
 */
class StatementCalendarTest {

	@ParameterizedTest
	@CsvSource({ "2026-10-05, 2026-10-12", "2026-10-07, 2026-10-14", "2026-10-09, 2026-10-16", "2026-10-10, 2026-10-16",
			"2026-10-11, 2026-10-16" })
	void fiveBusinessDaysSkipTheWeekend(LocalDate day, LocalDate expected) {
		// when
		LocalDate deadline = StatementCalendar.plusBusinessDays(day, 5);

		// then
		assertThat(deadline).isEqualTo(expected);
	}

}
