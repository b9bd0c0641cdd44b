package com.osb.salesops.incentive.process;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.SalesOpsProperties.Demo;
import com.osb.salesops.shared.SalesOpsProperties.Models;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review deadline: the end of the given business day after today, in business time,
 * skipping Saturdays and Sundays.
 */
class StatementCalendarTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final StatementCalendar calendar = new StatementCalendar(
			new BusinessClock(new SalesOpsProperties(ZONE, new Models(false, Path.of("."), false), new Demo(false))));

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@ParameterizedTest
	@CsvSource({ "2026-11-02T09:00, 2026-11-10T00:00", "2026-11-06T17:30, 2026-11-14T00:00",
			"2026-11-07T10:00, 2026-11-14T00:00", "2026-11-08T23:59, 2026-11-14T00:00" })
	void fiveBusinessDaysSkipTheWeekend(LocalDateTime now, LocalDateTime expected) {
		// given
		ClockUtil.setCurrentTime(at(now));

		// when
		Date deadline = this.calendar.reviewDeadline(5);

		// then
		assertThat(deadline).isEqualTo(at(expected));
	}

	@Test
	void countsTheBusinessDaysTheModelGives() {
		// given Monday 2 November
		ClockUtil.setCurrentTime(at(LocalDateTime.parse("2026-11-02T10:00")));

		// when
		Date deadline = this.calendar.reviewDeadline(3);

		// then the end of Thursday
		assertThat(deadline).isEqualTo(at(LocalDateTime.parse("2026-11-06T00:00")));
		assertThat(this.calendar.reviewDeadline(10)).isEqualTo(at(LocalDateTime.parse("2026-11-17T00:00")));
	}

	private static Date at(LocalDateTime businessTime) {
		return Date.from(businessTime.atZone(ZONE).toInstant());
	}

}
