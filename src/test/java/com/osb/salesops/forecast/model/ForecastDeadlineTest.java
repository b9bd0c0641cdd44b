package com.osb.salesops.forecast.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import com.osb.salesops.shared.time.BusinessCalendar;
import com.osb.salesops.shared.time.PublicHolidays;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The forecast deadline: the 3rd, moved to the next business day when it is not one.
 */
class ForecastDeadlineTest {

	private final BusinessCalendar calendar = new BusinessCalendar(PublicHolidays.of(Map.of(LocalDate.of(2026, 10, 1),
			"National Day", LocalDate.of(2026, 10, 2), "National Day", LocalDate.of(2026, 10, 3), "National Day",
			LocalDate.of(2027, 1, 1), "New Year's Day", LocalDate.of(2027, 5, 3), "Labour Day")));

	@Test
	void shouldBeTheThirdWhenItIsABusinessDay() {
		// when: Thursday 3 December 2026
		LocalDate deadline = ForecastDeadline.of(YearMonth.of(2026, 12), 3, this.calendar::isBusinessDay);

		// then
		assertThat(deadline).isEqualTo(LocalDate.of(2026, 12, 3));
	}

	@Test
	void shouldMoveASundayThirdToMonday() {
		// when: Sunday 3 January 2027
		LocalDate deadline = ForecastDeadline.of(YearMonth.of(2027, 1), 3, this.calendar::isBusinessDay);

		// then
		assertThat(deadline).isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void shouldMoveASaturdayThirdPastTheWeekend() {
		// when: Saturday 3 April 2027
		LocalDate deadline = ForecastDeadline.of(YearMonth.of(2027, 4), 3, this.calendar::isBusinessDay);

		// then
		assertThat(deadline).isEqualTo(LocalDate.of(2027, 4, 5));
	}

	@Test
	void shouldMoveAHolidayThirdPastTheHolidaysAndTheWeekend() {
		// when: Saturday 3 October 2026, National Day, then Sunday
		LocalDate october = ForecastDeadline.of(YearMonth.of(2026, 10), 3, this.calendar::isBusinessDay);
		// and Monday 3 May 2027, a holiday on a weekday
		LocalDate may = ForecastDeadline.of(YearMonth.of(2027, 5), 3, this.calendar::isBusinessDay);

		// then
		assertThat(october).isEqualTo(LocalDate.of(2026, 10, 5));
		assertThat(may).isEqualTo(LocalDate.of(2027, 5, 4));
	}

	@Test
	void shouldTakeTheLastDayOfAShortMonthForADayBeyondIt() {
		// when: day 31 of February 2027 (Sunday 28th)
		LocalDate deadline = ForecastDeadline.of(YearMonth.of(2027, 2), 31, this.calendar::isBusinessDay);

		// then
		assertThat(deadline).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThatThrownBy(() -> ForecastDeadline.of(YearMonth.of(2027, 2), 0, this.calendar::isBusinessDay))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
