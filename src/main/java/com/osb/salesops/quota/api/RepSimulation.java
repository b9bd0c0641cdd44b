package com.osb.salesops.quota.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.model.Bound;
import com.osb.salesops.quota.model.Channel;
import com.osb.salesops.quota.model.RepQuota;
import com.osb.salesops.shared.language.RuleTexts;

/**
 * One rep's simulated quota: ideal and rounded, the bound that decided it, the rules that
 * fired for the rep, and the split into months, quarters and channels. Amounts before
 * rounding are shown to the cent.
 *
 * @param id the rep's id
 * @param weight {@code w}, to 12 significant digits
 * @param rampFactor {@code r}
 * @param idealQuota {@code q*}
 * @param floor the lower bound
 * @param cap the upper bound, {@code null} for none
 * @param quotaBeforeRounding {@code clip(mu * q*, floor, cap)}
 * @param quota the annual quota, a multiple of 100
 * @param bound {@code NONE}, {@code FLOOR} or {@code CAP}
 * @param rulesFired the rules that decided the rep's terms
 * @param months the quota of each month, January first
 * @param quarters the quota of each quarter
 * @param channels the quota of each channel
 */
record RepSimulation(String id, BigDecimal weight, BigDecimal rampFactor, BigDecimal idealQuota, BigDecimal floor,
		BigDecimal cap, BigDecimal quotaBeforeRounding, long quota, Bound bound, List<String> rulesFired,
		List<Long> months, List<Long> quarters, Map<Channel, Long> channels) {

	private static final MathContext WEIGHT_DIGITS = new MathContext(12);

	static RepSimulation of(RepQuota rep) {
		BigDecimal beforeRounding = switch (rep.bound()) {
			case FLOOR -> rep.floor();
			case CAP -> rep.cap();
			case NONE -> new BigDecimal(rep.quotaBeforeRounding());
		};
		Map<Channel, Long> channels = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			channels.put(channel, rep.channel(channel));
		}
		return new RepSimulation(rep.id(), new BigDecimal(rep.weight(), WEIGHT_DIGITS).stripTrailingZeros(),
				rep.rampFactor(), rep.idealQuotaInCents(), QuotaSimulation.cents(rep.floor()),
				QuotaSimulation.cents(rep.cap()), QuotaSimulation.cents(beforeRounding), rep.quota(), rep.bound(),
				RuleTexts.forReader(rep.rulesFired()), Arrays.stream(rep.months()).boxed().toList(),
				Arrays.stream(rep.quarters()).boxed().toList(), channels);
	}

}
