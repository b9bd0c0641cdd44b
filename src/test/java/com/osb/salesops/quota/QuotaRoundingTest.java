package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.RepInput;
import com.osb.salesops.quota.model.RepQuota;
import org.junit.jupiter.api.Test;

import static com.osb.salesops.quota.QuotaFixture.quotaOf;
import static com.osb.salesops.quota.QuotaFixture.rep;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounding by largest remainder (POLICY section 4, steps 4 and 5): the annual quotas to
 * hundreds with their tie-breaks, and the year into months, quarters and channels.
 */
class QuotaRoundingTest {

	private final QuotaPlanner planner = QuotaFixture.planner();

	@Test
	void shouldGiveTiedHundredToLargerIdealQuota() {
		// given: remainders of 50 each
		List<RepInput> reps = List.of(rep("A", 0, 1, 12), rep("B", 0, 3, 12));

		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(400_200, reps));

		// then
		assertThat(plan.reps()).extracting(RepQuota::quota).containsExactly(100_000L, 300_200L);
	}

	@Test
	void shouldGiveTiedHundredToSmallerRepIdWhenIdealQuotasAreEqual() {
		// given
		List<RepInput> reps = List.of(rep("R2", 0, 5, 12), rep("R1", 0, 5, 12));

		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(200_100, reps));

		// then
		assertThat(quotaOf(plan, "R1").quota()).isEqualTo(100_100);
		assertThat(quotaOf(plan, "R2").quota()).isEqualTo(100_000);
	}

	@Test
	void shouldGiveTiedHundredToSmallerRepIdInNaturalOrder() {
		// given: equal reps; R2 comes before R10 as numbers, though not as strings
		List<RepInput> reps = List.of(rep("R10", 0, 5, 12), rep("R2", 0, 5, 12));

		// when
		QuotaPlan plan = this.planner.allocate(new QuotaRequest(200_100, reps));

		// then
		assertThat(quotaOf(plan, "R2").quota()).isEqualTo(100_100);
		assertThat(quotaOf(plan, "R10").quota()).isEqualTo(100_000);
	}

	@Test
	void shouldRoundIdealQuotaToCentsHalfToEven() {
		// given: q* = 100 * 1 / 800 = 0.125, exactly half a cent
		List<RepInput> reps = List.of(rep("R1", 0, 1, 12), rep("R2", 0, 799, 12));

		// when
		RepQuota rep = quotaOf(this.planner.allocate(new QuotaRequest(100, reps)), "R1");

		// then
		assertThat(rep.idealQuota()).isEqualTo(0.125);
		assertThat(rep.idealQuotaInCents()).isEqualByComparingTo("0.12");
	}

	@Test
	void shouldSplitTheYearIntoMonthsAndChannels() {
		// given
		List<RepInput> reps = List.of(new RepInput("R1", BigDecimal.ZERO, BigDecimal.ONE, 12,
				Map.of(Channel.DIRECT, new BigDecimal("0.5"), Channel.ONLINE, new BigDecimal("0.2"))));
		List<BigDecimal> seasonality = Collections.nCopies(12, BigDecimal.ONE);

		// when
		RepQuota rep = this.planner.allocate(new QuotaRequest(100_000, null, reps, seasonality)).reps().get(0);

		// then
		assertThat(rep.months()).containsExactly(8334, 8334, 8334, 8334, 8333, 8333, 8333, 8333, 8333, 8333, 8333,
				8333);
		assertThat(rep.quarters()).containsExactly(25_002, 25_000, 24_999, 24_999);
		assertThat(rep.channels()).containsExactly(71_429, 0, 28_571);
	}

}
