package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds the single factor {@code mu} with {@code sum(clip(mu * q*, floor, cap)) = T}
 * (POLICY section 4, step 3). The sum grows piecewise linearly with {@code mu} and bends
 * only where a rep leaves its floor ({@code floor / q*}) or reaches its cap
 * ({@code cap / q*}), so one sort of those breakpoints and one sweep over them find the
 * segment that holds the target: O(n log n). The sweep runs in doubles; {@code mu} is
 * then solved exactly on that segment.
 */
final class ScaleFactor {

	private ScaleFactor() {
	}

	static BigDecimal find(long target, IdealQuotas ideal, List<RepInput> reps) {
		requireFeasible(target, ideal, reps);
		double approximate = sweep(target, ideal);
		return exact(target, ideal, approximate);
	}

	private static void requireFeasible(long target, IdealQuotas ideal, List<RepInput> reps) {
		BigDecimal total = BigDecimal.valueOf(target);
		BigDecimal floors = IdealQuotas.sum(ideal.floor);
		if (floors.compareTo(total) > 0) {
			throw new InfeasiblePlanException(Bound.FLOOR, floors, target,
					idsWhere(reps, (i) -> ideal.floor[i].signum() > 0));
		}
		BigDecimal reachable = BigDecimal.ZERO;
		for (int i = 0; i < ideal.size(); i++) {
			if (ideal.idealQuota[i].signum() == 0) {
				reachable = reachable.add(ideal.floor[i]);
			}
			else if (ideal.cap[i] == null) {
				return;
			}
			else {
				reachable = reachable.add(ideal.cap[i]);
			}
		}
		if (reachable.compareTo(total) < 0) {
			throw new InfeasiblePlanException(Bound.CAP, reachable, target,
					idsWhere(reps, (i) -> ideal.cap[i] != null));
		}
	}

	private static double sweep(long target, IdealQuotas ideal) {
		List<double[]> breakpoints = new ArrayList<>(2 * ideal.size());
		double value = 0;
		for (int i = 0; i < ideal.size(); i++) {
			double idealQuota = ideal.idealQuota[i].doubleValue();
			double floor = ideal.floor[i].doubleValue();
			value += floor;
			if (idealQuota > 0) {
				breakpoints.add(new double[] { floor / idealQuota, idealQuota });
				if (ideal.cap[i] != null) {
					breakpoints.add(new double[] { ideal.cap[i].doubleValue() / idealQuota, -idealQuota });
				}
			}
		}
		breakpoints.sort(Comparator.comparingDouble((breakpoint) -> breakpoint[0]));
		double mu = 0;
		double slope = 0;
		for (double[] breakpoint : breakpoints) {
			double next = value + slope * (breakpoint[0] - mu);
			if (next >= target) {
				return (slope > 0) ? mu + (target - value) / slope : mu;
			}
			value = next;
			mu = breakpoint[0];
			slope += breakpoint[1];
		}
		return (slope > 0) ? mu + (target - value) / slope : mu;
	}

	/**
	 * Solves {@code mu} on the segment the sweep found: the target less the bounds that
	 * bind, over the ideal quotas of the reps that no bound holds.
	 */
	private static BigDecimal exact(long target, IdealQuotas ideal, double approximate) {
		BigDecimal rest = BigDecimal.valueOf(target);
		BigDecimal free = BigDecimal.ZERO;
		for (int i = 0; i < ideal.size(); i++) {
			double scaled = approximate * ideal.idealQuota[i].doubleValue();
			if (scaled < ideal.floor[i].doubleValue()) {
				rest = rest.subtract(ideal.floor[i]);
			}
			else if (ideal.cap[i] != null && scaled > ideal.cap[i].doubleValue()) {
				rest = rest.subtract(ideal.cap[i]);
			}
			else {
				free = free.add(ideal.idealQuota[i]);
			}
		}
		return (free.signum() > 0) ? rest.divide(free, IdealQuotas.PRECISION).max(BigDecimal.ZERO)
				: BigDecimal.valueOf(approximate);
	}

	private static List<String> idsWhere(List<RepInput> reps, IntPredicate binds) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < reps.size(); i++) {
			if (binds.test(i)) {
				ids.add(reps.get(i).id());
			}
		}
		return ids;
	}

}
