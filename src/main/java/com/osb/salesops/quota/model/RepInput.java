package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rep as the quota allocation sees them (POLICY section 4).
 *
 * @param id the rep's id, unique in the plan
 * @param lastYearActual last year's actual sales {@code a}, 0 or more
 * @param potential the territory potential {@code p}, 0 or more
 * @param tenureMonths whole months in the company at plan start
 * @param channelMix last year's share of each channel; empty splits equally
 */
public record RepInput(String id, BigDecimal lastYearActual, BigDecimal potential, int tenureMonths,
		Map<Channel, BigDecimal> channelMix) {

	public RepInput {
		Objects.requireNonNull(id, "id");
		requireNotNegative(lastYearActual, "lastYearActual of " + id);
		requireNotNegative(potential, "potential of " + id);
		if (tenureMonths < 0) {
			throw new IllegalArgumentException("tenureMonths of " + id + " is negative");
		}
		channelMix = (channelMix == null || channelMix.isEmpty()) ? Map.of() : new EnumMap<>(channelMix);
		channelMix.values().forEach((share) -> requireNotNegative(share, "channel share of " + id));
	}

	public RepInput(String id, BigDecimal lastYearActual, BigDecimal potential, int tenureMonths) {
		this(id, lastYearActual, potential, tenureMonths, Map.of());
	}

	/** Whether the rep sold anything last year, which decides their fairness bounds. */
	public boolean hasHistory() {
		return this.lastYearActual.signum() > 0;
	}

	static void requireNotNegative(BigDecimal value, String what) {
		Objects.requireNonNull(value, what);
		if (value.signum() < 0) {
			throw new IllegalArgumentException(what + " is negative");
		}
	}

}
