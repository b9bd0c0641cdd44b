package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One rep's allocated quota and how it came about.
 *
 * @param id the rep's id
 * @param weight {@code w}
 * @param rampFactor {@code r}
 * @param idealQuota {@code q*}, at full double precision
 * @param floor the lower bound
 * @param cap the upper bound, {@code null} when there is none
 * @param quotaBeforeRounding {@code clip(mu * q*, floor, cap)}: the bound itself where
 * one binds, else to 16 significant digits
 * @param quota the annual quota, a multiple of 100
 * @param bound the bound that decided the quota, if any
 * @param months the quota of each month, January first, summing to the year
 * @param channels the quota of each channel in {@link Channel} order, summing to the year
 * @param rulesFired the rules that decided the rep's terms
 */
public record RepQuota(String id, double weight, BigDecimal rampFactor, double idealQuota, BigDecimal floor,
		BigDecimal cap, double quotaBeforeRounding, long quota, Bound bound, long[] months, long[] channels,
		List<String> rulesFired) {

	/** The quota of each quarter, the sum of its months. */
	public long[] quarters() {
		long[] quarters = new long[4];
		for (int month = 0; month < 12; month++) {
			quarters[month / 3] += this.months[month];
		}
		return quarters;
	}

	/**
	 * {@code q*} in cents, half to even as POLICY's money rule says, from the shortest
	 * decimal that names the double, so the what-if and the stored plan agree.
	 */
	public BigDecimal idealQuotaInCents() {
		return BigDecimal.valueOf(this.idealQuota).setScale(2, RoundingMode.HALF_EVEN);
	}

	public long channel(Channel channel) {
		return this.channels[channel.ordinal()];
	}

}
