package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.RepInput;
import com.osb.salesops.quota.model.RepQuota;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What holds for every organisation, checked on random but seeded ones (the repetition
 * number is the seed, so a failure replays): the quotas sum to the target in hundreds,
 * the bounds hold before rounding, every split sums to its whole, and equal reps get
 * quotas within 100 of each other.
 */
class QuotaAllocationPropertiesTest {

	private static final double CENT = 0.01;

	private final QuotaPlanner planner = QuotaFixture.planner();

	@RepeatedTest(60)
	void shouldSumToTheTargetInHundredsWithinTheBounds(RepetitionInfo repetition) {
		// given
		QuotaRequest request = organisation(new Random(repetition.getCurrentRepetition()));

		// when
		QuotaPlan plan = this.planner.allocate(request);

		// then
		assertThat(plan.reps().stream().mapToLong(RepQuota::quota).sum()).isEqualTo(request.target());
		for (RepQuota rep : plan.reps()) {
			assertThat(rep.quota() % 100).as(rep.id()).isZero();
			assertThat(rep.quotaBeforeRounding()).as(rep.id()).isGreaterThanOrEqualTo(rep.floor().doubleValue() - CENT);
			if (rep.cap() != null) {
				assertThat(rep.quotaBeforeRounding()).as(rep.id()).isLessThanOrEqualTo(rep.cap().doubleValue() + CENT);
			}
			assertThat(rep.quotaBeforeRounding()).as(rep.id()).isCloseTo(rep.quota(), within(100.0));
		}
	}

	@RepeatedTest(60)
	void shouldSplitEveryYearIntoMonthsQuartersAndChannelsThatSumToIt(RepetitionInfo repetition) {
		// given
		QuotaRequest request = organisation(new Random(1000 + repetition.getCurrentRepetition()));

		// when
		QuotaPlan plan = this.planner.allocate(request);

		// then
		for (RepQuota rep : plan.reps()) {
			assertThat(rep.months()).hasSize(12);
			assertThat(Arrays.stream(rep.months()).min().getAsLong()).isNotNegative();
			assertThat(sum(rep.months())).as(rep.id()).isEqualTo(rep.quota());
			assertThat(sum(rep.quarters())).as(rep.id()).isEqualTo(rep.quota());
			assertThat(rep.channels()).hasSize(3);
			assertThat(Arrays.stream(rep.channels()).min().getAsLong()).isNotNegative();
			assertThat(sum(rep.channels())).as(rep.id()).isEqualTo(rep.quota());
		}
	}

	@RepeatedTest(30)
	void shouldGiveEqualRepsQuotasWithinOneHundred(RepetitionInfo repetition) {
		// given
		Random random = new Random(2000 + repetition.getCurrentRepetition());
		List<RepInput> reps = new ArrayList<>(organisation(random).reps());
		RepInput twin = reps.get(0);
		int twins = 2 + random.nextInt(5);
		for (int i = 0; i < twins; i++) {
			reps.add(new RepInput("twin" + i, twin.lastYearActual(), twin.potential(), twin.tenureMonths()));
		}
		QuotaRequest request = new QuotaRequest(target(reps, random), reps);

		// when
		QuotaPlan plan = this.planner.allocate(request);

		// then
		List<Long> quotas = new ArrayList<>();
		quotas.add(plan.reps().get(0).quota());
		plan.reps().stream().filter((rep) -> rep.id().startsWith("twin")).forEach((rep) -> quotas.add(rep.quota()));
		assertThat(quotas.stream().mapToLong(Long::longValue).max().getAsLong()
				- quotas.stream().mapToLong(Long::longValue).min().getAsLong())
			.isLessThanOrEqualTo(100);
	}

	/**
	 * 1 to 80 reps, some new, some without sales last year, some with a channel mix, one
	 * in three plans with seasonality; a target between the sum of the floors and well
	 * above last year.
	 */
	private static QuotaRequest organisation(Random random) {
		int size = 1 + random.nextInt(80);
		List<RepInput> reps = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			long actual = (random.nextInt(4) == 0) ? 0 : 1_000 + random.nextInt(3_000_000);
			long potential = (random.nextInt(10) == 0) ? 0 : 1 + random.nextInt(5_000_000);
			reps.add(new RepInput("R" + i, BigDecimal.valueOf(actual).add(BigDecimal.valueOf(random.nextInt(100), 2)),
					BigDecimal.valueOf(potential), random.nextInt(36), random.nextBoolean() ? mix(random) : Map.of()));
		}
		reps.add(new RepInput("NEW", BigDecimal.ZERO, BigDecimal.valueOf(1 + random.nextInt(1_000_000)),
				random.nextInt(12)));
		List<BigDecimal> seasonality = null;
		if (random.nextInt(3) == 0) {
			seasonality = new ArrayList<>();
			for (int month = 0; month < 12; month++) {
				seasonality.add(BigDecimal.valueOf(1 + random.nextInt(10_000), random.nextInt(3)));
			}
		}
		return new QuotaRequest(target(reps, random), null, reps, seasonality);
	}

	/** From just above the sum of the floors up to twice last year's total. */
	private static long target(List<RepInput> reps, Random random) {
		BigDecimal actuals = reps.stream().map(RepInput::lastYearActual).reduce(BigDecimal.ZERO, BigDecimal::add);
		long floors = actuals.multiply(new BigDecimal("0.9")).longValue() / 100 * 100 + 100;
		return floors + 100L * random.nextInt(1 + (int) (actuals.longValue() / 100));
	}

	private static Map<Channel, BigDecimal> mix(Random random) {
		Map<Channel, BigDecimal> mix = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			if (random.nextInt(4) > 0) {
				mix.put(channel, BigDecimal.valueOf(random.nextInt(1001), 3));
			}
		}
		return mix;
	}

	private static long sum(long[] parts) {
		long sum = 0;
		for (long part : parts) {
			sum += part;
		}
		return sum;
	}

}
