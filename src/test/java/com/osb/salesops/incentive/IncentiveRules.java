package com.osb.salesops.incentive;

import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSets;

/**
 * The incentive rules as packaged, for tests and benchmarks without Spring.
 */
final class IncentiveRules {

	private IncentiveRules() {
	}

	static PayoutRules compiled() {
		RuleSet ruleSet = RuleSet.compile(PayoutRules.CAPABILITY, RuleSets.fromClasspath(PayoutRules.CAPABILITY));
		return new PayoutRules(() -> ruleSet);
	}

}
