package com.osb.salesops.quota.model;

import java.util.List;

/**
 * The rules' decisions for a plan and for each of its reps, in the request's order.
 *
 * @param plan the plan's terms
 * @param reps the terms of each rep, in the order of the request's reps
 */
public record QuotaTerms(PlanTerms plan, List<RepTerms> reps) {

	public QuotaTerms {
		reps = List.copyOf(reps);
	}

}
