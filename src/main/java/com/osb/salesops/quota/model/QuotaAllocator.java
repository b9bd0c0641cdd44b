package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of quota allocation (POLICY section 4) once the rules have decided each
 * rep's terms: weights, ideal quotas, the common scale factor within the fairness bounds,
 * rounding to hundreds that sum to the target, then the split into months and channels.
 * Plain Java, so that it can be tested and measured on its own.
 */
public final class QuotaAllocator {

	private static final long[] EQUAL_MONTHS = LargestRemainder.weights(Collections.nCopies(12, BigDecimal.ONE));

	private static final long[] EQUAL_CHANNELS = LargestRemainder
		.weights(Collections.nCopies(Channel.values().length, BigDecimal.ONE));

	private QuotaAllocator() {
	}

	/**
	 * Allocates the target.
	 * @throws InfeasiblePlanException when no scale factor meets the target within the
	 * bounds
	 */
	public static QuotaPlan allocate(QuotaRequest request, QuotaTerms terms) {
		List<RepInput> reps = request.reps();
		if (terms.reps().size() != reps.size()) {
			throw new IllegalArgumentException("The terms do not match the reps");
		}
		IdealQuotas ideal = IdealQuotas.of(request, terms);
		BigDecimal mu = ScaleFactor.find(request.target(), ideal, reps);
		double[] beforeRounding = new double[reps.size()];
		BigDecimal[] bindingBound = new BigDecimal[reps.size()];
		Bound[] bounds = new Bound[reps.size()];
		double scale = mu.doubleValue();
		for (int i = 0; i < reps.size(); i++) {
			beforeRounding[i] = scale * ideal.idealQuota[i];
			bounds[i] = bound(beforeRounding[i], ideal.floorValue[i], ideal.capValue[i]);
			bindingBound[i] = switch (bounds[i]) {
				case FLOOR -> ideal.floor[i];
				case CAP -> ideal.cap[i];
				case NONE -> null;
			};
			beforeRounding[i] = (bindingBound[i] != null) ? bindingBound[i].doubleValue() : beforeRounding[i];
		}
		long[] quotas = QuotaRounding.toHundreds(request.target(), beforeRounding, bindingBound, ideal.idealQuota,
				reps);
		long[] months = (request.seasonality() != null) ? LargestRemainder.weights(request.seasonality())
				: EQUAL_MONTHS;
		List<RepQuota> allocated = new ArrayList<>(reps.size());
		for (int i = 0; i < reps.size(); i++) {
			RepInput rep = reps.get(i);
			RepTerms repTerms = terms.reps().get(i);
			allocated.add(new RepQuota(rep.id(), ideal.weight[i], repTerms.rampFactor(), ideal.idealQuota[i],
					ideal.floor[i], ideal.cap[i], beforeRounding[i], quotas[i], bounds[i],
					LargestRemainder.split(quotas[i], months),
					LargestRemainder.split(quotas[i], channelWeights(rep.channelMix())), repTerms.rulesFired()));
		}
		return new QuotaPlan(request.target(), terms.plan(), mu, allocated);
	}

	private static Bound bound(double scaled, double floor, double cap) {
		if (scaled < floor) {
			return Bound.FLOOR;
		}
		return (scaled > cap) ? Bound.CAP : Bound.NONE;
	}

	private static long[] channelWeights(Map<Channel, BigDecimal> mix) {
		if (mix.isEmpty() || mix.values().stream().allMatch((share) -> share.signum() == 0)) {
			return EQUAL_CHANNELS;
		}
		List<BigDecimal> shares = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			shares.add(mix.getOrDefault(channel, BigDecimal.ZERO));
		}
		return LargestRemainder.weights(shares);
	}

}
