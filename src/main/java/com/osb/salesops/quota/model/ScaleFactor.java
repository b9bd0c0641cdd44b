package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
		int count = 0;
		for (int i = 0; i < ideal.size(); i++) {
			if (ideal.idealQuota[i] > 0) {
				count += (ideal.cap[i] != null) ? 2 : 1;
			}
		}
		double[] at = new double[count];
		double[] slopeChange = new double[count];
		double value = 0;
		int next = 0;
		for (int i = 0; i < ideal.size(); i++) {
			double idealQuota = ideal.idealQuota[i];
			value += ideal.floorValue[i];
			if (idealQuota > 0) {
				at[next] = ideal.floorValue[i] / idealQuota;
				slopeChange[next++] = idealQuota;
				if (ideal.cap[i] != null) {
					at[next] = ideal.capValue[i] / idealQuota;
					slopeChange[next++] = -idealQuota;
				}
			}
		}
		double mu = 0;
		double slope = 0;
		for (int breakpoint : inOrder(at)) {
			double reached = value + slope * (at[breakpoint] - mu);
			if (reached >= target) {
				break;
			}
			value = reached;
			mu = at[breakpoint];
			slope += slopeChange[breakpoint];
		}
		return (slope > 0) ? mu + (target - value) / slope : mu;
	}

	/**
	 * The indexes of the breakpoints by ascending {@code mu}, equal ones in the order
	 * they came (a stable sort), from primitive sorts: each breakpoint's rank among the
	 * sorted values and its index share one {@code long}.
	 */
	static int[] inOrder(double[] at) {
		double[] sorted = at.clone();
		Arrays.sort(sorted);
		long[] keys = new long[at.length];
		for (int i = 0; i < at.length; i++) {
			long rank = Arrays.binarySearch(sorted, at[i]);
			keys[i] = (rank << Integer.SIZE) | i;
		}
		Arrays.sort(keys);
		int[] order = new int[at.length];
		for (int k = 0; k < keys.length; k++) {
			order[k] = (int) keys[k];
		}
		return order;
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

}
