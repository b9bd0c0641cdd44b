package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.RepQuota;
import com.osb.salesops.shared.web.Messages;

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
		StringBuilder summary = new StringBuilder(
				Messages.formText("plan-target", "Target {0}; mu {1}", String.format(Locale.ROOT, "%,d", plan.target()),
						plan.mu().setScale(6, RoundingMode.HALF_UP).toPlainString()) + "\n");
		int shown = 0;
		for (RepQuota rep : plan.reps()) {
			String line = line(rep, inputs.get(rep.id()).lastYearActual());
			if (summary.length() + line.length() > MAX_LENGTH) {
				summary.append(Messages.formText("plan-more-reps", "… and {0} more reps in the plan report",
						plan.reps().size() - shown));
				break;
			}
			summary.append(line);
			shown++;
		}
		return summary.toString();
	}

	private static String line(RepQuota rep, BigDecimal lastYear) {
		String change = (lastYear.signum() == 0) ? Messages.formText("plan-rep-new", "new (no sales last year)")
				: Messages.formText("plan-rep-change", "{0}% vs last year {1}",
						String.format(Locale.ROOT, "%+.1f",
								BigDecimal.valueOf(rep.quota())
									.subtract(lastYear)
									.multiply(BigDecimal.valueOf(100))
									.divide(lastYear, 1, RoundingMode.HALF_UP)),
						String.format(Locale.ROOT, "%,.0f", lastYear));
		return Messages.formText("plan-rep", "{0}: quota {1}; weight {2}; ramp {3}; bound {4}; {5}", rep.id(),
				String.format(Locale.ROOT, "%,d", rep.quota()), String.format(Locale.ROOT, "%.4f", rep.weight()),
				rep.rampFactor().stripTrailingZeros().toPlainString(),
				Messages.formText("plan-bound-" + rep.bound().name().toLowerCase(Locale.ROOT), rep.bound().name()),
				change) + "\n";
	}

}
