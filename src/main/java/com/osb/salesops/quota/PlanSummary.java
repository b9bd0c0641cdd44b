package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.RepQuota;

/**
 * The per-rep explanation a reviewer reads: weight, ramp, the bound that decided the
 * quota and the change against last year. Kept short enough for a process variable; the
 * report has every figure.
 */
final class PlanSummary {

	/** A string process variable holds at most 4,000 characters. */
	private static final int MAX_LENGTH = 3800;

	private PlanSummary() {
	}

	static String of(QuotaPlan plan, List<PlanLineInput> lines) {
		Map<String, PlanLineInput> inputs = QuotaPlans.byRep(lines);
		StringBuilder summary = new StringBuilder(String.format(Locale.ROOT, "Target %,d; mu %s%n", plan.target(),
				plan.mu().setScale(6, RoundingMode.HALF_UP).toPlainString()));
		int shown = 0;
		for (RepQuota rep : plan.reps()) {
			String line = line(rep, inputs.get(rep.id()).lastYearActual());
			if (summary.length() + line.length() > MAX_LENGTH) {
				summary.append("… and ").append(plan.reps().size() - shown).append(" more reps in the plan report");
				break;
			}
			summary.append(line);
			shown++;
		}
		return summary.toString();
	}

	private static String line(RepQuota rep, BigDecimal lastYear) {
		String change = (lastYear.signum() == 0) ? "new (no sales last year)"
				: String.format(Locale.ROOT, "%+.1f%% vs last year %,.0f",
						BigDecimal.valueOf(rep.quota())
							.subtract(lastYear)
							.multiply(BigDecimal.valueOf(100))
							.divide(lastYear, 1, RoundingMode.HALF_UP),
						lastYear);
		return String.format(Locale.ROOT, "%s: quota %,d; weight %.4f; ramp %s; bound %s; %s%n", rep.id(), rep.quota(),
				rep.weight(), rep.rampFactor().stripTrailingZeros().toPlainString(), rep.bound(), change);
	}

}
