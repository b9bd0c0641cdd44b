package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/**
 * Splits a whole number of units into parts proportional to weights, so that the parts
 * are whole and sum to the whole exactly (POLICY section 4, step 5): each part is rounded
 * down and the units still missing go to the largest remainders, the earlier part first
 * on equal remainders. Exact integer arithmetic, so equal shares always tie.
 */
final class LargestRemainder {

	/** Shares are taken to at most 12 decimals. */
	private static final int MAX_SCALE = 12;

	private LargestRemainder() {
	}

	/** Integer weights in the same proportions as the shares. */
	static long[] weights(List<BigDecimal> shares) {
		int scale = 0;
		for (BigDecimal share : shares) {
			scale = Math.max(scale, share.scale());
		}
		for (scale = Math.min(scale, MAX_SCALE);; scale--) {
			long[] weights = new long[shares.size()];
			try {
				long total = 0;
				for (int i = 0; i < weights.length; i++) {
					weights[i] = shares.get(i)
						.setScale(scale, RoundingMode.HALF_EVEN)
						.movePointRight(scale)
						.longValueExact();
					total = Math.addExact(total, weights[i]);
				}
				return weights;
			}
			catch (ArithmeticException tooLarge) {
				// fewer decimals until the weights fit
			}
		}
	}

	static long[] split(long whole, long[] weights) {
		long total = 0;
		for (long weight : weights) {
			total += weight;
		}
		long[] parts = new long[weights.length];
		long[] remainders = new long[weights.length];
		long given = 0;
		for (int i = 0; i < weights.length; i++) {
			if (Math.multiplyHigh(whole, weights[i]) == 0 && whole * weights[i] >= 0) {
				parts[i] = whole * weights[i] / total;
				remainders[i] = whole * weights[i] % total;
			}
			else {
				BigInteger[] quotient = BigInteger.valueOf(whole)
					.multiply(BigInteger.valueOf(weights[i]))
					.divideAndRemainder(BigInteger.valueOf(total));
				parts[i] = quotient[0].longValueExact();
				remainders[i] = quotient[1].longValueExact();
			}
			given += parts[i];
		}
		for (long missing = whole - given; missing > 0; missing--) {
			int largest = 0;
			for (int i = 1; i < remainders.length; i++) {
				largest = (remainders[i] > remainders[largest]) ? i : largest;
			}
			parts[largest]++;
			remainders[largest] = -1;
		}
		return parts;
	}

}
