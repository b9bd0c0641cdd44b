package com.osb.salesops.ordertocash.order;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A period of order dates cut into the whole months read from the monthly sums and the
 * days around them read from the orders: together they cover every day once.
 */
class MonthSpanTest {

	@Test
	void shouldReadWholeMonthsFromTheSumsAndTheCutDaysFromTheOrders() {
		// when
		MonthSpan span = MonthSpan.of(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 12, 10));

		// then
		assertThat(span.hasWholeMonths()).isTrue();
		List<Object> arguments = new ArrayList<>();
		assertThat(span.monthsCondition("m", arguments)).isEqualTo(" and m >= ? and m <= ?");
		assertThat(arguments).containsExactly(202611, 202611);
		assertThat(days(span)).containsExactly("2026-10-15..2026-10-31", "2026-12-01..2026-12-10");
	}

	@Test
	void shouldReadAPeriodWithinAMonthFromTheOrdersAlone() {
		// when
		MonthSpan within = MonthSpan.of(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15));
		MonthSpan across = MonthSpan.of(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 10));
		MonthSpan backwards = MonthSpan.of(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 9));

		// then
		assertThat(within.hasWholeMonths()).isFalse();
		assertThat(days(within)).containsExactly("2026-11-09..2026-11-15");
		assertThat(days(across)).containsExactly("2026-10-20..2026-11-10");
		assertThat(backwards.hasWholeMonths()).isFalse();
		assertThat(days(backwards)).isEmpty();
	}

	@Test
	void shouldReadOpenEndsAndWholeMonthsFromTheSums() {
		// when
		MonthSpan everything = MonthSpan.of(null, null);
		MonthSpan since = MonthSpan.of(LocalDate.of(2026, 11, 1), null);
		MonthSpan until = MonthSpan.of(null, LocalDate.of(2026, 11, 16));
		MonthSpan october = MonthSpan.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

		// then
		List<Object> arguments = new ArrayList<>();
		assertThat(everything.monthsCondition("m", arguments)).isEmpty();
		assertThat(days(everything)).isEmpty();
		assertThat(since.monthsCondition("m", arguments)).isEqualTo(" and m >= ?");
		assertThat(days(since)).isEmpty();
		assertThat(until.monthsCondition("m", arguments)).isEqualTo(" and m <= ?");
		assertThat(days(until)).containsExactly("2026-11-01..2026-11-16");
		assertThat(october.monthsCondition("m", arguments)).isEqualTo(" and m >= ? and m <= ?");
		assertThat(days(october)).isEmpty();
		assertThat(arguments).containsExactly(202611, 202610, 202610, 202610);
	}

	private static List<String> days(MonthSpan span) {
		return span.partialDays().stream().map((days) -> days[0] + ".." + days[1]).toList();
	}

}
