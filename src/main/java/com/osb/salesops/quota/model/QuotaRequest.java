package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a quota allocation starts from: the company target, the organisation and, when
 * given, an alpha that overrides the rules' default and the monthly seasonality.
 *
 * @param target the company target {@code T}, a multiple of 100
 * @param alpha the weight of last year's actuals, or {@code null} for the rules' default
 * @param reps the reps, with unique ids
 * @param seasonality 12 monthly weights, or {@code null} to split the year equally
 */
public record QuotaRequest(long target, BigDecimal alpha, List<RepInput> reps, List<BigDecimal> seasonality) {

	public QuotaRequest {
		if (target < 0 || target % 100 != 0) {
			throw new IllegalArgumentException("The target must be a multiple of 100 and not negative: " + target);
		}
		if (alpha != null && (alpha.signum() < 0 || alpha.compareTo(BigDecimal.ONE) > 0)) {
			throw new IllegalArgumentException("alpha must lie between 0 and 1: " + alpha);
		}
		reps = List.copyOf(reps);
		if (reps.isEmpty()) {
			throw new IllegalArgumentException("A plan needs at least one rep");
		}
		requireUniqueIds(reps);
		if (seasonality != null) {
			seasonality = List.copyOf(seasonality);
			if (seasonality.size() != 12 || seasonality.stream().noneMatch((weight) -> weight.signum() > 0)) {
				throw new IllegalArgumentException("Seasonality needs 12 weights, at least one above 0");
			}
			seasonality.forEach((weight) -> RepInput.requireNotNegative(weight, "seasonality weight"));
		}
	}

	public QuotaRequest(long target, List<RepInput> reps) {
		this(target, null, reps, null);
	}

	private static void requireUniqueIds(List<RepInput> reps) {
		Set<String> ids = new HashSet<>();
		for (RepInput rep : reps) {
			if (!ids.add(rep.id())) {
				throw new IllegalArgumentException("Rep id " + rep.id() + " appears twice");
			}
		}
	}

}
