package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month by channel split keeps both sums: each month's channels sum to the month and
 * each channel's months to the channel's annual quota.
 */
class MonthChannelSplitTest {

	@Test
	void shouldKeepTheMonthAndChannelSumsForAnySplit() {
		Random random = new Random(42);
		for (int run = 0; run < 2000; run++) {
			// given
			long quota = random.nextInt(1, 100_000) * 100L;
			RepQuota rep = rep(quota, parts(quota, 12, random), parts(quota, 3, random));

			// when
			long[][] split = MonthChannelSplit.split(rep);

			// then
			for (int month = 0; month < 12; month++) {
				assertThat(split[month][0] + split[month][1] + split[month][2]).isEqualTo(rep.months()[month]);
			}
			for (int channel = 0; channel < 3; channel++) {
				long sum = 0;
				for (long[] month : split) {
					assertThat(month[channel]).isNotNegative();
					sum += month[channel];
				}
				assertThat(sum).isEqualTo(rep.channels()[channel]);
			}
		}
	}

	@Test
	void shouldSplitTheWorkedExamplesFirstRepsJanuaryInProportion() {
		// given: R1's 530,900 in equal months, channels 50/30/20
		long[] months = { 44_242, 44_242, 44_242, 44_242, 44_242, 44_242, 44_242, 44_242, 44_241, 44_241, 44_241,
				44_241 };
		RepQuota rep = rep(530_900, months, new long[] { 265_450, 159_270, 106_180 });

		// when
		long[][] split = MonthChannelSplit.split(rep);

		// then
		assertThat(split[0]).containsExactly(22_121, 13_273, 8_848);
	}

	private static long[] parts(long whole, int count, Random random) {
		long[] parts = new long[count];
		long left = whole;
		for (int i = 0; i < count - 1; i++) {
			parts[i] = (left > 0) ? random.nextLong(left + 1) / (random.nextBoolean() ? 1 : 3) : 0;
			left -= parts[i];
		}
		parts[count - 1] = left;
		return parts;
	}

	private static RepQuota rep(long quota, long[] months, long[] channels) {
		return new RepQuota("R", 1, BigDecimal.ONE, quota, BigDecimal.ZERO, null, quota, quota, Bound.NONE, months,
				channels, List.of());
	}

}
