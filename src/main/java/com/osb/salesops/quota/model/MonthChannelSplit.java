package com.osb.salesops.quota.model;

import java.math.BigInteger;

/**
 * Splits each month of a rep's quota into channels so that every month's channels sum to
 * the month and every channel's months sum to the channel's annual quota. Each cell is
 * its proportional share rounded down or up; the units left over go, month by month, to
 * the channels that still miss the most (then the larger fraction), which always meets
 * both sums.
 */
public final class MonthChannelSplit {

	private MonthChannelSplit() {
	}

	/**
	 * @return per month (January first) the amount of each channel in {@link Channel}
	 * order
	 */
	public static long[][] split(RepQuota rep) {
		long[] months = rep.months();
		long[] channels = rep.channels();
		BigInteger total = BigInteger.valueOf(rep.quota());
		long[][] cells = new long[months.length][channels.length];
		long[][] fractions = new long[months.length][channels.length];
		long[] missing = channels.clone();
		for (int month = 0; month < months.length; month++) {
			for (int channel = 0; channel < channels.length; channel++) {
				if (total.signum() > 0) {
					BigInteger[] share = BigInteger.valueOf(months[month])
						.multiply(BigInteger.valueOf(channels[channel]))
						.divideAndRemainder(total);
					cells[month][channel] = share[0].longValueExact();
					fractions[month][channel] = share[1].longValueExact();
					missing[channel] -= cells[month][channel];
				}
			}
		}
		for (int month = 0; month < months.length; month++) {
			long left = months[month];
			for (long cell : cells[month]) {
				left -= cell;
			}
			for (; left > 0; left--) {
				int best = -1;
				for (int channel = 0; channel < channels.length; channel++) {
					boolean open = fractions[month][channel] >= 0 && missing[channel] > 0;
					if (open && (best < 0 || missing[channel] > missing[best] || (missing[channel] == missing[best]
							&& fractions[month][channel] > fractions[month][best]))) {
						best = channel;
					}
				}
				cells[month][best]++;
				missing[best]--;
				fractions[month][best] = -1;
			}
		}
		return cells;
	}

}
