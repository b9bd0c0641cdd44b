package com.osb.salesops.quota;

import java.math.BigDecimal;

/**
 * One rep's line of a plan with where the rep sits in the organisation.
 *
 * @param marketId the rep's market
 * @param marketName its name
 * @param regionId the rep's region
 * @param regionName its name
 * @param repId the rep
 * @param repName the rep's name
 * @param userId the rep's user
 * @param lastYearActual last year's actual
 * @param potential the territory potential
 * @param tenureMonths months in the company at plan start
 * @param weight {@code w}
 * @param rampFactor {@code r}
 * @param idealQuota {@code q*} to the cent
 * @param bound NONE, FLOOR or CAP
 * @param quota the annual quota
 * @param acknowledged whether the rep acknowledged it
 * @param months per month (January first) the quota of each channel, DIRECT, DISTRIBUTOR,
 * ONLINE
 */
public record PlanLine(String marketId, String marketName, String regionId, String regionName, String repId,
		String repName, String userId, BigDecimal lastYearActual, BigDecimal potential, int tenureMonths, Double weight,
		BigDecimal rampFactor, BigDecimal idealQuota, String bound, BigDecimal quota, boolean acknowledged,
		long[][] months) {

	/** The quota of the months January to {@code month}, inclusive. */
	public long quotaToMonth(int month) {
		long sum = 0;
		for (int m = 0; m < Math.min(month, 12); m++) {
			for (long amount : this.months[m]) {
				sum += amount;
			}
		}
		return sum;
	}

}
