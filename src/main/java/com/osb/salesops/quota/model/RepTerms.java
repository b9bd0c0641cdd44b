package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the quota rules decided for one rep: the ramp factor and the fairness bounds as
 * factors of last year's actuals.
 *
 * @param rampFactor the factor {@code r} on the rep's weight
 * @param floorFactor the lower bound as a factor of last year's actuals
 * @param capFactor the upper bound as a factor of last year's actuals, {@code null} for
 * no cap
 * @param rulesFired the names of the rules that decided the rep's terms, the plan's first
 */
public record RepTerms(BigDecimal rampFactor, BigDecimal floorFactor, BigDecimal capFactor, List<String> rulesFired) {

	public RepTerms {
		rulesFired = List.copyOf(rulesFired);
	}

}
