package com.osb.salesops.quota.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.RepInput;
import com.osb.salesops.shared.web.Amount;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.RequestRules;
import com.osb.salesops.shared.web.WholeNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A quota what-if as sales ops types it in: the company target, optionally alpha and the
 * monthly seasonality, and the reps. The shape of each field is checked by its
 * constraints; what depends on several fields by {@link #broken()}.
 *
 * @param target the company target, a multiple of 100 and at most 10^15
 * @param alpha the weight of last year's actuals, from 0 to 1, or the rules' default
 * @param seasonality 12 monthly weights, January first, or an equal split
 * @param reps the reps, each with a unique id
 */
record QuotaSimulationRequest(@NotNull(message = "{salesops.required}") @Digits(integer = 16, fraction = 0,
		message = "{salesops.whole-number}") @DecimalMin(value = "0", message = "{salesops.not-negative}") @DecimalMax(
				value = MAX_AMOUNT, message = "{salesops.max}") BigDecimal target,
		@Amount @DecimalMin(value = "0", message = "{salesops.share}") @DecimalMax(value = "1",
				message = "{salesops.share}") BigDecimal alpha,
		@Size(min = 12, max = 12,
				message = "{salesops.list-size}") List<@NotNull(message = "{salesops.required}") @Amount @DecimalMin(
						value = "0", message = "{salesops.not-negative}") BigDecimal> seasonality,
		@NotEmpty(message = "{salesops.not-empty-list}") @Size(max = 10000,
				message = "{salesops.list-size}") List<@NotNull(message = "{salesops.required}") @Valid Rep> reps)
		implements
			RequestRules {

	/** Far above any company's target, and small enough for exact whole-unit splits. */
	static final String MAX_AMOUNT = "1000000000000000";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * One rep of the organisation typed in.
	 *
	 * @param id the rep's id
	 * @param lastYearActual last year's sales
	 * @param potential the territory's potential
	 * @param tenureMonths whole months in the company at plan start
	 * @param channelMix last year's share of each channel, or an equal split
	 */
	record Rep(@NotBlank(message = "{salesops.required}") @Size(max = 100, message = "{salesops.length}") String id,
			@NotNull(message = "{salesops.required}") @Amount @DecimalMin(value = "0",
					message = "{salesops.not-negative}") @DecimalMax(value = MAX_AMOUNT,
							message = "{salesops.max}") BigDecimal lastYearActual,
			@NotNull(message = "{salesops.required}") @Amount @DecimalMin(value = "0",
					message = "{salesops.not-negative}") @DecimalMax(value = MAX_AMOUNT,
							message = "{salesops.max}") BigDecimal potential,
			@NotNull(message = "{salesops.required}") @WholeNumber @DecimalMin(value = "0",
					message = "{salesops.not-negative}") BigDecimal tenureMonths,
			Map<String, @NotNull(message = "{salesops.required}") @Amount @DecimalMin(value = "0",
					message = "{salesops.not-negative}") BigDecimal> channelMix) {

		RepInput input() {
			Map<Channel, BigDecimal> mix = new EnumMap<>(Channel.class);
			if (this.channelMix != null) {
				this.channelMix.forEach((channel, share) -> mix.put(Channel.valueOf(channel), share));
			}
			return new RepInput(this.id, this.lastYearActual, this.potential, this.tenureMonths.intValueExact(), mix);
		}

	}

	/**
	 * What the request breaks that no single field shows: a target that is not a multiple
	 * of 100, repeated rep ids, unknown channels, all shares, weights or potentials 0.
	 */
	@Override
	public List<FieldError> broken() {
		List<FieldError> problems = new ArrayList<>();
		if (this.target != null && this.target.precision() - this.target.scale() <= 16 && this.target.scale() <= 4
				&& this.target.remainder(HUNDRED).signum() != 0) {
			problems.add(FieldError.of("target", "multiple-of-100", "must be a multiple of 100"));
		}
		if (this.seasonality != null
				&& this.seasonality.stream().allMatch((weight) -> weight != null && weight.signum() == 0)) {
			problems.add(FieldError.of("seasonality", "weight-above-zero", "needs a weight above 0"));
		}
		if (this.reps == null) {
			return problems;
		}
		Map<String, Integer> indexOfId = new HashMap<>();
		for (int index = 0; index < this.reps.size(); index++) {
			Rep rep = this.reps.get(index);
			if (rep == null) {
				continue;
			}
			String prefix = "reps[" + index + "].";
			Integer earlier = (rep.id() != null) ? indexOfId.putIfAbsent(rep.id(), index) : null;
			if (earlier != null) {
				problems.add(FieldError.of(prefix + "id", "repeated-rep-id", "repeats the id of reps[{0}]", earlier));
			}
			if (rep.channelMix() == null || rep.channelMix().isEmpty()) {
				continue;
			}
			for (String channel : rep.channelMix().keySet()) {
				if (!isChannel(channel)) {
					problems.add(FieldError.of(prefix + "channelMix." + channel, "channel",
							"is not a channel; use DIRECT, DISTRIBUTOR or ONLINE"));
				}
			}
			if (rep.channelMix().values().stream().allMatch((share) -> share != null && share.signum() == 0)) {
				problems.add(FieldError.of(prefix + "channelMix", "share-above-zero", "needs a share above 0"));
			}
		}
		if (!this.reps.isEmpty() && this.reps.stream()
			.allMatch((rep) -> rep != null && rep.potential() != null && rep.potential().signum() == 0)) {
			problems.add(FieldError.of("reps[*].potential", "potential-above-zero",
					"the potentials of the reps sum to 0; at least one must be above 0"));
		}
		return problems;
	}

	QuotaRequest request() {
		return new QuotaRequest(this.target.longValueExact(), this.alpha, this.reps.stream().map(Rep::input).toList(),
				this.seasonality);
	}

	private static boolean isChannel(String name) {
		for (Channel channel : Channel.values()) {
			if (channel.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
