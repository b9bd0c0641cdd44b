package com.osb.salesops.quota;

import java.math.BigDecimal;

/**
 * A rep's credited revenue so far in the plan year against the quota of the months begun.
 *
 * @param marketId the rep's market
 * @param regionId the rep's region
 * @param repId the rep
 * @param annualQuota the rep's quota for the year
 * @param quotaToDate the quota of January to the month of the as-of date
 * @param creditedToDate credited revenue (POLICY section 5) from 1 January to the as-of
 * date
 * @param attainment credited over quota to date, to 10 decimals; {@code null} when there
 * is no quota to date
 */
public record RepAttainment(String marketId, String regionId, String repId, long annualQuota, long quotaToDate,
		BigDecimal creditedToDate, BigDecimal attainment) {
}
