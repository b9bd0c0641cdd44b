package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rounding to hundreds and the sweep over the fairness breakpoints sort whole numbers
 * instead of objects; they must give what sorting the objects gives. Each check compares
 * with the plain algorithm written out here, on random but seeded inputs full of ties
 * (the repetition number is the seed, so a failure replays).
 */
class QuotaOrderingTest {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@RepeatedTest(200)
	void shouldRoundToHundredsAsTheComparatorSortDoes(RepetitionInfo repetition) {
		// given: few distinct remainders and ideal quotas, bounds of every scale
		Random random = new Random(repetition.getCurrentRepetition());
		int count = 1 + random.nextInt(300);
		double[] beforeRounding = new double[count];
		BigDecimal[] bindingBound = new BigDecimal[count];
		double[] idealQuota = new double[count];
		List<RepInput> reps = new ArrayList<>();
		long rounded = 0;
		for (int i = 0; i < count; i++) {
			reps.add(new RepInput("R" + random.nextInt(3) + "-" + (count - i), BigDecimal.ONE, BigDecimal.ONE, 12));
			idealQuota[i] = 1000 * (1 + random.nextInt(3));
			if (random.nextInt(3) == 0) {
				bindingBound[i] = bound(random);
				beforeRounding[i] = bindingBound[i].doubleValue();
			}
			else {
				beforeRounding[i] = 100 * random.nextInt(1000) + 25 * random.nextInt(4) + random.nextInt(2) * 0.00005;
			}
			rounded += (long) Math.floor(beforeRounding[i] / 100) * 100;
		}
		long target = rounded + 100L * random.nextInt(count + 2);

		// when
		long[] quotas = QuotaRounding.toHundreds(target, beforeRounding, bindingBound, idealQuota, reps);

		// then
		assertThat(quotas).containsExactly(plainRounding(target, beforeRounding, bindingBound, idealQuota, reps));
	}

	@RepeatedTest(100)
	void shouldOrderBreakpointsAsAStableSortDoes(RepetitionInfo repetition) {
		// given
		Random random = new Random(repetition.getCurrentRepetition());
		double[] at = new double[random.nextInt(500)];
		for (int i = 0; i < at.length; i++) {
			at[i] = (random.nextInt(4) == 0) ? 0.0 : random.nextInt(20) / 7.0;
		}
		Integer[] expected = new Integer[at.length];
		Arrays.setAll(expected, (i) -> i);
		Arrays.sort(expected, Comparator.comparingDouble((i) -> at[i]));

		// when
		int[] order = ScaleFactor.inOrder(at);

		// then
		assertThat(Arrays.stream(order).boxed().toList()).containsExactly(expected);
	}

	@Test
	void shouldBreakTiesOnlyWhereTheyDecide() {
		// given: remainders 7, 5, 5, 5, 3; two hundreds to give, so the 5s compete for
		// one
		long[] remainders = { 5, 7, 5, 3, 5 };
		Comparator<Integer> lastIndexFirst = Comparator.reverseOrder();

		// when
		int[] first = QuotaRounding.largestRemaindersFirst(remainders, 2, lastIndexFirst);

		// then
		assertThat(first).containsExactly(1, 4);
	}

	private static BigDecimal bound(Random random) {
		return switch (random.nextInt(4)) {
			case 0 -> BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(3));
			case 1 -> BigDecimal.valueOf(random.nextLong(1_000_000_000_000L), 4 + random.nextInt(14));
			case 2 -> new BigDecimal(BigInteger.valueOf(random.nextLong(Long.MAX_VALUE)).pow(2), 30);
			default -> BigDecimal.valueOf(99_999_995 + random.nextInt(10), 6);
		};
	}

	/** Rounding to hundreds as the policy words it, with one comparator over all reps. */
	private static long[] plainRounding(long target, double[] beforeRounding, BigDecimal[] bindingBound,
			double[] idealQuota, List<RepInput> reps) {
		int count = beforeRounding.length;
		long[] quotas = new long[count];
		long[] remainders = new long[count];
		long rounded = 0;
		for (int i = 0; i < count; i++) {
			if (bindingBound[i] != null) {
				BigDecimal[] hundredsAndRest = bindingBound[i].divideAndRemainder(HUNDRED);
				quotas[i] = hundredsAndRest[0].longValueExact() * 100;
				remainders[i] = hundredsAndRest[1].setScale(4, RoundingMode.HALF_EVEN).unscaledValue().longValue();
			}
			else {
				quotas[i] = (long) Math.floor(beforeRounding[i] / 100) * 100;
				remainders[i] = Math.round((beforeRounding[i] - quotas[i]) * 1e4);
			}
			rounded += quotas[i];
		}
		long missing = Math.max(0, Math.min(count, (target - rounded) / 100));
		Integer[] order = new Integer[count];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order,
				Comparator.<Integer>comparingLong((i) -> -remainders[i])
					.thenComparingDouble((i) -> -idealQuota[i])
					.thenComparing((i) -> reps.get(i).id(), RepIdOrder.NATURAL));
		for (int k = 0; k < missing; k++) {
			quotas[order[k]] += 100;
		}
		return quotas;
	}

}
