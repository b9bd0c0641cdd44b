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

	/**
	 * The largest remainder sorted as a whole number with its index in one {@code long}.
	 */
	private static final long MAX_REMAINDER = Integer.MAX_VALUE;

	/** Bounds with at most this many digits and decimals are divided in whole numbers. */
	private static final int MAX_WHOLE_DIGITS = 16;

	private static final int MAX_WHOLE_SCALE = 16;

	private static final long[] TENS = new long[MAX_WHOLE_SCALE + 1];

	static {
		TENS[0] = 1;
		for (int i = 1; i < TENS.length; i++) {
			TENS[i] = TENS[i - 1] * 10;
		}
	}

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
				quotas[i] = fromBound(bindingBound[i], remainders, i);
			}
			else {
				long hundreds = (long) Math.floor(beforeRounding[i] / STEP);
				quotas[i] = hundreds * STEP;
				remainders[i] = Math.round((beforeRounding[i] - quotas[i]) * REMAINDER_UNITS);
			}
			rounded += quotas[i];
		}
		int missing = (int) Math.max(0, Math.min(count, (target - rounded) / STEP));
		Comparator<Integer> tieBreak = Comparator.<Integer>comparingDouble((i) -> -idealQuota[i])
			.thenComparing((i) -> reps.get(i).id(), RepIdOrder.NATURAL);
		for (int i : largestRemaindersFirst(remainders, missing, tieBreak)) {
			quotas[i] += STEP;
		}
		return quotas;
	}

	/**
	 * The hundreds of an exact bound, its remainder put in {@code remainders[i]}. In
	 * whole numbers where the bound's digits fit a {@code long}, which is every real
	 * quota.
	 */
	private static long fromBound(BigDecimal bound, long[] remainders, int i) {
		int scale = bound.scale();
		if (scale >= 0 && scale <= MAX_WHOLE_SCALE && bound.precision() <= MAX_WHOLE_DIGITS) {
			long unscaled = bound.unscaledValue().longValue();
			long unit = STEP * TENS[scale];
			long hundreds = unscaled / unit;
			remainders[i] = BigDecimal.valueOf(unscaled % unit, scale)
				.setScale(REMAINDER_SCALE, RoundingMode.HALF_EVEN)
				.unscaledValue()
				.longValue();
			return hundreds * STEP;
		}
		BigDecimal[] hundredsAndRest = bound.divideAndRemainder(HUNDRED);
		remainders[i] = hundredsAndRest[1].setScale(REMAINDER_SCALE, RoundingMode.HALF_EVEN)
			.unscaledValue()
			.longValue();
		return hundredsAndRest[0].longValueExact() * STEP;
	}

	/**
	 * The first {@code wanted} indexes by largest remainder, ties by {@code tieBreak}.
	 * The remainders are sorted as whole numbers with their index; only the run of equal
	 * remainders that straddles the {@code wanted}-th place is put in tie-break order,
	 * since the order within a run wholly inside or wholly outside does not change who
	 * gets a hundred.
	 */
	static int[] largestRemaindersFirst(long[] remainders, int wanted, Comparator<Integer> tieBreak) {
		int count = remainders.length;
		if (wanted <= 0) {
			return new int[0];
		}
		long[] keys = new long[count];
		for (int i = 0; i < count; i++) {
			if (remainders[i] < 0 || remainders[i] > MAX_REMAINDER) {
				return byComparator(remainders, wanted, tieBreak);
			}
			keys[i] = ((MAX_REMAINDER - remainders[i]) << Integer.SIZE) | i;
		}
		Arrays.sort(keys);
		int[] first = new int[wanted];
		long boundary = keys[wanted - 1] >>> Integer.SIZE;
		int start = wanted - 1;
		while (start > 0 && (keys[start - 1] >>> Integer.SIZE) == boundary) {
			start--;
		}
		for (int k = 0; k < start; k++) {
			first[k] = (int) keys[k];
		}
		int end = wanted;
		while (end < count && (keys[end] >>> Integer.SIZE) == boundary) {
			end++;
		}
		Integer[] tied = new Integer[end - start];
		for (int k = start; k < end; k++) {
			tied[k - start] = (int) keys[k];
		}
		Arrays.sort(tied, tieBreak);
		for (int k = start; k < wanted; k++) {
			first[k] = tied[k - start];
		}
		return first;
	}

	private static int[] byComparator(long[] remainders, int wanted, Comparator<Integer> tieBreak) {
		Integer[] order = new Integer[remainders.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.<Integer>comparingLong((i) -> -remainders[i]).thenComparing(tieBreak));
		int[] first = new int[wanted];
		Arrays.setAll(first, (k) -> order[k]);
		return first;
	}

}
