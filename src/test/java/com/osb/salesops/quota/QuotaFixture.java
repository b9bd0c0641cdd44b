package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.util.List;

import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.RepInput;
import com.osb.salesops.quota.model.RepQuota;
import com.osb.salesops.quota.rules.QuotaRules;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSets;

/**
 * The quota planner on the packaged rules, without Spring, and reps to plan for.
 */
final class QuotaFixture {

	private static final RuleSet RULES = RuleSet.compile("quota", RuleSets.fromClasspath("quota"));

	private QuotaFixture() {
	}

	static QuotaPlanner planner() {
		return new QuotaPlanner(new QuotaRules(() -> RULES));
	}

	static RepInput rep(String id, long lastYearActual, long potential, int tenureMonths) {
		return new RepInput(id, BigDecimal.valueOf(lastYearActual), BigDecimal.valueOf(potential), tenureMonths);
	}

	/** POLICY section 4's worked example: T = 1,000,000 over four reps. */
	static List<RepInput> workedExample() {
		return List.of(rep("R1", 400_000, 500_000, 24), rep("R2", 300_000, 100_000, 24), rep("R3", 0, 300_000, 3),
				rep("R4", 100_000, 100_000, 12));
	}

	static RepQuota quotaOf(QuotaPlan plan, String id) {
		return plan.reps().stream().filter((rep) -> rep.id().equals(id)).findFirst().orElseThrow();
	}

}
