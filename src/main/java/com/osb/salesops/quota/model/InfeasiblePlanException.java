package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * No single scale factor can meet the target within the fairness bounds: the floors
 * together ask for more than the target, or the caps together allow less. The plan is
 * refused naming the bound that binds and the reps it binds on, so that sales ops know
 * what to change.
 */
public class InfeasiblePlanException extends RuntimeException {

	private final Bound binding;

	private final BigDecimal boundsSum;

	private final long target;

	private final List<String> repIds;

	public InfeasiblePlanException(Bound binding, BigDecimal boundsSum, long target, List<String> repIds) {
		super(message(binding, boundsSum, target, repIds));
		this.binding = binding;
		this.boundsSum = boundsSum;
		this.target = target;
		this.repIds = List.copyOf(repIds);
	}

	public Bound binding() {
		return this.binding;
	}

	public BigDecimal boundsSum() {
		return this.boundsSum;
	}

	public long target() {
		return this.target;
	}

	/** The reps whose bound binds, in the request's order. */
	public List<String> repIds() {
		return this.repIds;
	}

	private static String message(Bound binding, BigDecimal sum, long target, List<String> repIds) {
		String shown = String.join(", ", repIds.subList(0, Math.min(10, repIds.size())))
				+ ((repIds.size() > 10) ? " and " + (repIds.size() - 10) + " more" : "");
		String amount = String.format(Locale.ROOT, "%,.2f", sum);
		return (binding == Bound.FLOOR)
				? "The plan is infeasible: the FLOOR bounds sum to " + amount + ", more than the target "
						+ String.format(Locale.ROOT, "%,d", target) + " (reps " + shown + ")"
				: "The plan is infeasible: the CAP bounds allow at most " + amount + ", less than the target "
						+ String.format(Locale.ROOT, "%,d", target) + " (reps " + shown + ")";
	}

}
