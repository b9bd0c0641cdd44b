package com.osb.salesops.quota.model;

/**
 * Splits each month of a rep's quota into channels in proportion to the rep's channel
 * quotas, by largest remainder, so that every month's channels sum to the month exactly.
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
		long total = 0;
		for (long channel : channels) {
			total += channel;
		}
		long[] weights = (total > 0) ? channels : new long[] { 1, 1, 1 };
		long[][] split = new long[months.length][];
		for (int month = 0; month < months.length; month++) {
			split[month] = LargestRemainder.split(months[month], weights);
		}
		return split;
	}

}
