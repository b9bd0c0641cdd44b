package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Every rep's weight, ideal quota and fairness bounds (POLICY section 4, steps 1 to 3),
 * at full precision. Per rep it only multiplies by factors computed once, which keeps
 * large organisations fast.
 */
final class IdealQuotas {

	/** 34 significant digits: rounding to hundreds never depends on the last of them. */
	static final MathContext PRECISION = MathContext.DECIMAL128;

	final BigDecimal[] weight;

	final BigDecimal[] idealQuota;

	final BigDecimal[] floor;

	final BigDecimal[] cap;

	private IdealQuotas(int reps) {
		this.weight = new BigDecimal[reps];
		this.idealQuota = new BigDecimal[reps];
		this.floor = new BigDecimal[reps];
		this.cap = new BigDecimal[reps];
	}

	static IdealQuotas of(QuotaRequest request, QuotaTerms terms) {
		List<RepInput> reps = request.reps();
		IdealQuotas ideal = new IdealQuotas(reps.size());
		BigDecimal[] weighted = ideal.weigh(reps, terms);
		BigDecimal weightedSum = sum(weighted);
		if (weightedSum.signum() == 0) {
			throw new IllegalArgumentException("No rep has a weight above 0");
		}
		BigDecimal perWeight = BigDecimal.valueOf(request.target()).divide(weightedSum, PRECISION);
		for (int i = 0; i < reps.size(); i++) {
			RepInput rep = reps.get(i);
			RepTerms repTerms = terms.reps().get(i);
			ideal.idealQuota[i] = weighted[i].multiply(perWeight, PRECISION);
			ideal.floor[i] = repTerms.floorFactor().multiply(rep.lastYearActual(), PRECISION);
			ideal.cap[i] = (repTerms.capFactor() != null)
					? repTerms.capFactor().multiply(rep.lastYearActual(), PRECISION) : null;
		}
		return ideal;
	}

	/** Fills the weights {@code w} and answers {@code w * r} for each rep. */
	private BigDecimal[] weigh(List<RepInput> reps, QuotaTerms terms) {
		BigDecimal actuals = BigDecimal.ZERO;
		BigDecimal potentials = BigDecimal.ZERO;
		for (RepInput rep : reps) {
			actuals = actuals.add(rep.lastYearActual());
			potentials = potentials.add(rep.potential());
		}
		if (potentials.signum() == 0) {
			throw new IllegalArgumentException("The potentials of the reps sum to 0");
		}
		BigDecimal alpha = terms.plan().alpha();
		BigDecimal perActual = (actuals.signum() > 0) ? alpha.divide(actuals, PRECISION) : BigDecimal.ZERO;
		BigDecimal perPotential = BigDecimal.ONE.subtract(alpha).divide(potentials, PRECISION);
		BigDecimal[] weighted = new BigDecimal[reps.size()];
		for (int i = 0; i < reps.size(); i++) {
			RepInput rep = reps.get(i);
			this.weight[i] = rep.lastYearActual()
				.multiply(perActual)
				.add(rep.potential().multiply(perPotential), PRECISION);
			weighted[i] = this.weight[i].multiply(terms.reps().get(i).rampFactor(), PRECISION);
		}
		return weighted;
	}

	static BigDecimal sum(BigDecimal[] values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal value : values) {
			sum = sum.add(value);
		}
		return sum;
	}

	int size() {
		return this.weight.length;
	}

}
