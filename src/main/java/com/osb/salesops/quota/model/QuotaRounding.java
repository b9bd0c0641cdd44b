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
 * larger ideal quota, then to the smaller rep id.
 */
final class QuotaRounding {

	static final long STEP = 100;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(STEP);

	/** Remainders are compared to a millionth of a unit; closer ones are equal. */
	private static final int REMAINDER_SCALE = 6;

	private QuotaRounding() {
	}

	static long[] toHundreds(long target, BigDecimal[] beforeRounding, BigDecimal[] idealQuota, List<RepInput> reps) {
		int count = beforeRounding.length;
		long[] quotas = new long[count];
		long[] remainders = new long[count];
		long rounded = 0;
		for (int i = 0; i < count; i++) {
			BigDecimal[] hundredsAndRest = beforeRounding[i].divideAndRemainder(HUNDRED);
			quotas[i] = hundredsAndRest[0].longValueExact() * STEP;
			remainders[i] = hundredsAndRest[1].setScale(REMAINDER_SCALE, RoundingMode.DOWN).unscaledValue().longValue();
			rounded += quotas[i];
		}
		long missing = Math.max(0, Math.min(count, (target - rounded) / STEP));
		Integer[] order = new Integer[count];
		Arrays.setAll(order, (i) -> i);
		Comparator<Integer> largestRemainderFirst = Comparator.<Integer>comparingLong((i) -> -remainders[i])
			.thenComparing((i) -> idealQuota[i], Comparator.reverseOrder())
			.thenComparing((i) -> reps.get(i).id());
		Arrays.sort(order, largestRemainderFirst);
		for (int k = 0; k < missing; k++) {
			quotas[order[k]] += STEP;
		}
		return quotas;
	}

}
