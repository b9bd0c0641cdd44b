package com.osb.salesops.home.process;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import com.osb.salesops.home.ReportSettings;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.TestClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The timers of the sales reports start at the next configured moment in business time,
 * whatever the server's time zone: on Monday 16 November 2026 at 10:00 in Shanghai.
 */
class SalesReportScheduleTest {

	private final BusinessClock clock = new BusinessClock(TestClock.BUSINESS_ZONE,
			Clock.fixed(TestClock.START.toInstant(), TestClock.BUSINESS_ZONE));

	@Test
	void shouldSendTheWeeklyReportNextWeekWhenTodaysHourHasPassed() {
		// when
		String cycle = schedule(DayOfWeek.MONDAY, 1, "08:00").weeklyCycle();

		// then
		assertThat(cycle).isEqualTo("R/2026-11-23T08:00:00+08:00/P7D");
	}

	@Test
	void shouldSendTheWeeklyReportTodayWhenTodaysHourIsToCome() {
		// when
		String cycle = schedule(DayOfWeek.MONDAY, 1, "18:30").weeklyCycle();

		// then
		assertThat(cycle).isEqualTo("R/2026-11-16T18:30:00+08:00/P7D");
		assertThat(schedule(DayOfWeek.FRIDAY, 1, "08:00").weeklyCycle()).isEqualTo("R/2026-11-20T08:00:00+08:00/P7D");
	}

	@Test
	void shouldSendTheMonthlyReportOnTheConfiguredDayOfTheNextMonth() {
		// when
		String cycle = schedule(DayOfWeek.MONDAY, 1, "08:00").monthlyCycle();

		// then
		assertThat(cycle).isEqualTo("R/2026-12-01T08:00:00+08:00/P1M");
		assertThat(schedule(DayOfWeek.MONDAY, 20, "07:00").monthlyCycle()).isEqualTo("R/2026-11-20T07:00:00+08:00/P1M");
	}

	@Test
	void shouldRefuseAMonthlyDayThatSomeMonthsLack() {
		assertThatThrownBy(() -> schedule(DayOfWeek.MONDAY, 31, "08:00")).hasMessageContaining("1 to 28");
	}

	private SalesReportSchedule schedule(DayOfWeek weeklyDay, int monthlyDay, String sendAt) {
		return new SalesReportSchedule(this.clock,
				new ReportSettings(weeklyDay, monthlyDay, LocalTime.parse(sendAt), List.of("sales-ops"), true));
	}

}
