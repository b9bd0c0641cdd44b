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
import com.osb.salesops.shared.web.RequestFields;

/**
 * Reads a quota simulation request, collecting every bad field before answering, so that
 * the 422 names each of them (e.g. {@code reps[2].potential}).
 */
final class QuotaRequestReader {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Far above any company's target, and small enough for exact whole-unit splits. */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000000");

	private static final String CHANNELS = "DIRECT, DISTRIBUTOR or ONLINE";

	private QuotaRequestReader() {
	}

	static QuotaRequest read(Map<String, Object> body) {
		Map<String, Object> request = (body != null) ? body : Map.of();
		RequestFields fields = new RequestFields(request);
		BigDecimal target = amount(fields, "target");
		if (target != null && (target.stripTrailingZeros().scale() > 0 || target.remainder(HUNDRED).signum() != 0)) {
			fields.addError("target", "must be a multiple of 100");
		}
		BigDecimal alpha = fields.optionalDecimal("alpha", null);
		if (alpha != null && (alpha.signum() < 0 || alpha.compareTo(BigDecimal.ONE) > 0)) {
			fields.addError("alpha", "must lie between 0 and 1");
		}
		List<BigDecimal> seasonality = SeasonalityReader.read(request.get("seasonality"), fields);
		List<RepInput> reps = reps(request.get("reps"), fields);
		fields.throwIfInvalid();
		return new QuotaRequest(target.longValueExact(), alpha, reps, seasonality);
	}

	private static List<RepInput> reps(Object value, RequestFields fields) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			fields.addError("reps", (value == null) ? "is required"
					: (value instanceof List<?>) ? "needs at least one rep" : "must be a list of reps");
			return List.of();
		}
		List<RepInput> reps = new ArrayList<>(list.size());
		Map<String, Integer> indexOfId = new HashMap<>();
		BigDecimal potentials = BigDecimal.ZERO;
		boolean allRead = true;
		for (int i = 0; i < list.size(); i++) {
			String prefix = "reps[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> map)) {
				fields.addError(prefix, "must be an object");
				allRead = false;
				continue;
			}
			RepInput rep = rep(fields.nested(object(map), prefix), object(map), prefix, indexOfId, i);
			reps.add(rep);
			allRead &= rep != null;
			potentials = (rep != null) ? potentials.add(rep.potential()) : potentials;
		}
		if (allRead && potentials.signum() == 0) {
			fields.addError("reps[*].potential", "the potentials of the reps sum to 0; at least one must be above 0");
		}
		return reps;
	}

	private static RepInput rep(RequestFields rep, Map<String, Object> body, String prefix,
			Map<String, Integer> indexOfId, int index) {
		String id = (body.get("id") instanceof Number number) ? number.toString() : rep.text("id");
		Integer earlier = (id != null) ? indexOfId.putIfAbsent(id, index) : null;
		if (earlier != null) {
			rep.addError("id", "repeats the id of reps[" + earlier + "]");
		}
		BigDecimal lastYearActual = amount(rep, "lastYearActual");
		BigDecimal potential = amount(rep, "potential");
		BigDecimal tenure = rep.decimal("tenureMonths", BigDecimal.ZERO);
		if (tenure != null && (tenure.stripTrailingZeros().scale() > 0
				|| tenure.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
			rep.addError("tenureMonths", "must be a whole number of months");
			tenure = null;
		}
		Map<Channel, BigDecimal> mix = channelMix(body.get("channelMix"), rep, prefix + ".channelMix");
		if (id == null || earlier != null || lastYearActual == null || potential == null || tenure == null
				|| mix == null) {
			return null;
		}
		return new RepInput(id, lastYearActual, potential, tenure.intValueExact(), mix);
	}

	private static Map<Channel, BigDecimal> channelMix(Object value, RequestFields rep, String field) {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> map)) {
			rep.addError("channelMix", "must be an object with a share for each of " + CHANNELS);
			return null;
		}
		RequestFields shares = rep.nested(object(map), field);
		Map<Channel, BigDecimal> mix = new EnumMap<>(Channel.class);
		boolean valid = true;
		for (Object key : map.keySet()) {
			Channel channel = channel(String.valueOf(key));
			BigDecimal share = shares.decimal(String.valueOf(key), BigDecimal.ZERO);
			if (channel == null) {
				shares.addError(String.valueOf(key), "is not a channel; use " + CHANNELS);
			}
			valid &= channel != null && share != null;
			if (channel != null && share != null) {
				mix.put(channel, share);
			}
		}
		if (valid && !mix.isEmpty() && mix.values().stream().allMatch((share) -> share.signum() == 0)) {
			rep.addError("channelMix", "needs a share above 0");
			valid = false;
		}
		return valid ? mix : null;
	}

	/** A required amount, 0 or more and at most 10^15. */
	static BigDecimal amount(RequestFields fields, String field) {
		BigDecimal amount = fields.decimal(field, BigDecimal.ZERO);
		if (amount != null && amount.compareTo(MAX_AMOUNT) > 0) {
			fields.addError(field, "must be at most 1,000,000,000,000,000");
			return null;
		}
		return amount;
	}

	private static Channel channel(String name) {
		for (Channel channel : Channel.values()) {
			if (channel.name().equals(name)) {
				return channel;
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Map<?, ?> map) {
		return (Map<String, Object>) map;
	}

}
