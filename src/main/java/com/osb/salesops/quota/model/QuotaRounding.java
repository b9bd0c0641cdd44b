package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds the annual quotas to multiples of 100 by largest remainder so that they sum to
 * the target exactly (POLICY section 4, step 4): every quota is first rounded down, then
 * the hundreds still missing go to the largest remainders; on equal remainders to the
 * larger ideal quota, then to the smaller rep id in natural order ({@code R2} before
 * {@code R10}). A quota held by a bound is rounded from the exact bound.
 */
final class QuotaRounding {

	static final long STEP = 100;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(STEP);

	/**
	 * Remainders are compared in ten-thousandths of a unit, so that remainders equal but
	 * for the last digits of a double tie as they should.
	 */
	private static final int REMAINDER_SCALE = 4;

	private static final double REMAINDER_UNITS = 1e4;

	private QuotaRounding() {
	}

	/**
	 * @param beforeRounding every quota before rounding
	 * @param bindingBound the exact bound where one binds, else {@code null}
	 */
	static long[] toHundreds(long target, double[] beforeRounding, BigDecimal[] bindingBound, double[] idealQuota,
			List<RepInput> reps) {
		int count = beforeRounding.length;
		long[] quotas = new long[count];
		long[] remainders = new long[count];
		long rounded = 0;
		for (int i = 0; i < count; i++) {
			if (bindingBound[i] != null) {
				BigDecimal[] hundredsAndRest = bindingBound[i].divideAndRemainder(HUNDRED);
				quotas[i] = hundredsAndRest[0].longValueExact() * STEP;
				remainders[i] = hundredsAndRest[1].setScale(REMAINDER_SCALE, RoundingMode.HALF_EVEN)
					.unscaledValue()
					.longValue();
			}
			else {
				long hundreds = (long) Math.floor(beforeRounding[i] / STEP);
				quotas[i] = hundreds * STEP;
				remainders[i] = Math.round((beforeRounding[i] - quotas[i]) * REMAINDER_UNITS);
			}
			rounded += quotas[i];
		}
		long missing = Math.max(0, Math.min(count, (target - rounded) / STEP));
		Integer[] order = new Integer[count];
		Arrays.setAll(order, (i) -> i);
		Comparator<Integer> largestRemainderFirst = Comparator.<Integer>comparingLong((i) -> -remainders[i])
			.thenComparingDouble((i) -> -idealQuota[i])
			.thenComparing((i) -> reps.get(i).id(), RepIdOrder.NATURAL);
		Arrays.sort(order, largestRemainderFirst);
		for (int k = 0; k < missing; k++) {
			quotas[order[k]] += STEP;
		}
		return quotas;
	}

}
