package com.osb.salesops.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moments shown to a person read in the business time zone and name it, whatever the zone
 * of the server or of the reader's browser.
 */
class BusinessClockTest {

	private static final Instant LATE_ON_NEW_YEARS_EVE_IN_UTC = Instant.parse("2026-12-31T17:30:00Z");

	private final BusinessClock clock = new BusinessClock(ZoneId.of("Asia/Shanghai"),
			Clock.fixed(LATE_ON_NEW_YEARS_EVE_IN_UTC, ZoneOffset.UTC));

	@Test
	void writesAMomentForAPersonInTheBusinessZoneNamingIt() {
		// when
		String text = this.clock.text(LATE_ON_NEW_YEARS_EVE_IN_UTC);

		// then
		assertThat(text).isEqualTo("2027-01-01 01:30 China Standard Time (UTC+08:00)");
	}

	@Test
	void writesAMomentForAProgramWithTheBusinessOffset() {
		// when
		String iso = this.clock.iso(LATE_ON_NEW_YEARS_EVE_IN_UTC);

		// then
		assertThat(iso).isEqualTo("2027-01-01T01:30:00+08:00");
		assertThat(this.clock.today()).hasToString("2027-01-01");
	}

}
