package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the quota rules decided for the whole plan.
 *
 * @param alpha the weight of last year's actuals against potential
 * @param alphaRequested whether the alpha is the one the request gave, overriding the
 * rules' default
 * @param rulesFired the names of the rules that decided it
 */
public record PlanTerms(BigDecimal alpha, boolean alphaRequested, List<String> rulesFired) {

	public PlanTerms {
		rulesFired = List.copyOf(rulesFired);
	}

}
