package com.osb.salesops.quota;

import java.util.List;
import java.util.Locale;

import com.osb.salesops.quota.model.Bound;
import com.osb.salesops.quota.model.InfeasiblePlanException;

/**
 * What an infeasible plan is told, in the reader's language: the bound that binds, by how
 * much, and on which reps.
 */
public final class InfeasiblePlans {

	private InfeasiblePlans() {
	}

	/** The refusal of a plan whose target the bounds cannot meet. */
	public static QuotaPlanRefused refused(InfeasiblePlanException ex) {
		return new QuotaPlanRefused("target", code(ex), english(ex), args(ex));
	}

	/** The problem's code: {@code infeasible-floor} or {@code infeasible-cap}. */
	public static String code(InfeasiblePlanException ex) {
		return (ex.binding() == Bound.FLOOR) ? "infeasible-floor" : "infeasible-cap";
	}

	/** The English text, with the places {@link #args} fills. */
	public static String english(InfeasiblePlanException ex) {
		return (ex.binding() == Bound.FLOOR)
				? "The plan is infeasible: the FLOOR bounds sum to {0}, more than the target {1} (reps {2})"
				: "The plan is infeasible: the CAP bounds allow at most {0}, less than the target {1} (reps {2})";
	}

	/**
	 * The sum of the bounds, the target, and the first 10 reps (with {@code +n} for the
	 * others), written alike in every language.
	 */
	public static Object[] args(InfeasiblePlanException ex) {
		List<String> reps = ex.repIds();
		String shown = String.join(", ", reps.subList(0, Math.min(10, reps.size())))
				+ ((reps.size() > 10) ? " (+" + (reps.size() - 10) + ")" : "");
		return new Object[] { String.format(Locale.ROOT, "%,.2f", ex.boundsSum()),
				String.format(Locale.ROOT, "%,d", ex.target()), shown };
	}

}
