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
 * segment that holds the target: O(n log n). On that segment {@code mu} is the target
 * less the bounds that bind, over the ideal quotas of the reps no bound holds.
 */
final class ScaleFactor {

	private ScaleFactor() {
	}

	static BigDecimal find(long target, IdealQuotas ideal, List<RepInput> reps) {
		requireFeasible(target, ideal, reps);
		return solve(target, ideal, sweep(target, ideal));
	}

	private static void requireFeasible(long target, IdealQuotas ideal, List<RepInput> reps) {
		BigDecimal total = BigDecimal.valueOf(target);
		BigDecimal floors = BigDecimal.ZERO;
		BigDecimal reachable = BigDecimal.ZERO;
		boolean unbounded = false;
		for (int i = 0; i < ideal.size(); i++) {
			floors = floors.add(ideal.floor[i]);
			boolean stuck = !(ideal.idealQuota[i] > 0);
			unbounded |= !stuck && ideal.cap[i] == null;
			reachable = reachable.add(stuck ? ideal.floor[i] : (ideal.cap[i] != null) ? ideal.cap[i] : BigDecimal.ZERO);
		}
		if (floors.compareTo(total) > 0) {
			throw new InfeasiblePlanException(Bound.FLOOR, floors, target,
					idsWhere(reps, (i) -> ideal.floor[i].signum() > 0));
		}
		if (!unbounded && reachable.compareTo(total) < 0) {
			throw new InfeasiblePlanException(Bound.CAP, reachable, target,
					idsWhere(reps, (i) -> ideal.cap[i] != null));
		}
	}

	private static double sweep(long target, IdealQuotas ideal) {
		List<Breakpoint> breakpoints = new ArrayList<>(2 * ideal.size());
		double value = 0;
		for (int i = 0; i < ideal.size(); i++) {
			double idealQuota = ideal.idealQuota[i];
			value += ideal.floorValue[i];
			if (idealQuota > 0) {
				breakpoints.add(new Breakpoint(ideal.floorValue[i] / idealQuota, idealQuota));
				if (ideal.cap[i] != null) {
					breakpoints.add(new Breakpoint(ideal.capValue[i] / idealQuota, -idealQuota));
				}
			}
		}
		breakpoints.sort(Comparator.comparingDouble(Breakpoint::mu));
		double mu = 0;
		double slope = 0;
		for (Breakpoint breakpoint : breakpoints) {
			double next = value + slope * (breakpoint.mu() - mu);
			if (next >= target) {
				break;
			}
			value = next;
			mu = breakpoint.mu();
			slope += breakpoint.slopeChange();
		}
		return (slope > 0) ? mu + (target - value) / slope : mu;
	}

	private static BigDecimal solve(long target, IdealQuotas ideal, double approximate) {
		BigDecimal rest = BigDecimal.valueOf(target);
		double free = 0;
		double lost = 0;
		for (int i = 0; i < ideal.size(); i++) {
			double scaled = approximate * ideal.idealQuota[i];
			if (scaled < ideal.floorValue[i]) {
				rest = rest.subtract(ideal.floor[i]);
			}
			else if (scaled > ideal.capValue[i]) {
				rest = rest.subtract(ideal.cap[i]);
			}
			else {
				double term = ideal.idealQuota[i] - lost;
				double sum = free + term;
				lost = (sum - free) - term;
				free = sum;
			}
		}
		return (free > 0) ? rest.divide(new BigDecimal(free), IdealQuotas.PRECISION).max(BigDecimal.ZERO)
				: new BigDecimal(approximate);
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

	/** Where the slope of the sum changes, and by how much. */
	private record Breakpoint(double mu, double slopeChange) {
	}

}
