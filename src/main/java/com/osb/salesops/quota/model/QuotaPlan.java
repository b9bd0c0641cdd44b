package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An allocated quota plan: the scale factor that meets the target within the fairness
 * bounds and every rep's quota, in the request's order.
 *
 * @param target the company target, which the quotas sum to exactly
 * @param terms what the rules decided for the plan
 * @param mu the common scale factor on the ideal quotas
 * @param reps every rep's quota
 */
public record QuotaPlan(long target, PlanTerms terms, BigDecimal mu, List<RepQuota> reps) {

	public QuotaPlan {
		reps = List.copyOf(reps);
	}

}
