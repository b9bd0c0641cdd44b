package com.osb.salesops.quota.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Every rep's weight, ideal quota and fairness bounds (POLICY section 4, steps 1 to 3).
 * Weights and ideal quotas are ratios of sums, held in doubles (16 significant digits,
 * far below a cent for any quota); the bounds are exact decimals, because a quota held by
 * its floor or cap must equal it to the cent. Per rep it only multiplies by factors
 * computed once, which keeps large organisations fast.
 */
final class IdealQuotas {

	static final MathContext PRECISION = MathContext.DECIMAL128;

	final double[] weight;

	final double[] idealQuota;

	final BigDecimal[] floor;

	/** {@code null} where a rep has no cap. */
	final BigDecimal[] cap;

	final double[] floorValue;

	/** Infinite where a rep has no cap. */
	final double[] capValue;

	private IdealQuotas(int reps) {
		this.weight = new double[reps];
		this.idealQuota = new double[reps];
		this.floor = new BigDecimal[reps];
		this.cap = new BigDecimal[reps];
		this.floorValue = new double[reps];
		this.capValue = new double[reps];
	}

	static IdealQuotas of(QuotaRequest request, QuotaTerms terms) {
		List<RepInput> reps = request.reps();
		IdealQuotas ideal = new IdealQuotas(reps.size());
		double weightedSum = ideal.weigh(reps, terms);
		if (!(weightedSum > 0)) {
			throw new IllegalArgumentException("No rep has a weight above 0");
		}
		double perWeight = request.target() / weightedSum;
		for (int i = 0; i < reps.size(); i++) {
			RepInput rep = reps.get(i);
			RepTerms repTerms = terms.reps().get(i);
			ideal.idealQuota[i] *= perWeight;
			ideal.floor[i] = repTerms.floorFactor().multiply(rep.lastYearActual());
			ideal.floorValue[i] = ideal.floor[i].doubleValue();
			ideal.cap[i] = (repTerms.capFactor() != null) ? repTerms.capFactor().multiply(rep.lastYearActual()) : null;
			ideal.capValue[i] = (ideal.cap[i] != null) ? ideal.cap[i].doubleValue() : Double.POSITIVE_INFINITY;
		}
		return ideal;
	}

	/**
	 * Fills the weights {@code w}, leaves {@code w * r} in the ideal quotas and answers
	 * their sum.
	 */
	private double weigh(List<RepInput> reps, QuotaTerms terms) {
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
		double perActual = (actuals.signum() > 0) ? alpha.divide(actuals, PRECISION).doubleValue() : 0;
		double perPotential = BigDecimal.ONE.subtract(alpha).divide(potentials, PRECISION).doubleValue();
		double weightedSum = 0;
		for (int i = 0; i < reps.size(); i++) {
			RepInput rep = reps.get(i);
			this.weight[i] = rep.lastYearActual().doubleValue() * perActual
					+ rep.potential().doubleValue() * perPotential;
			this.idealQuota[i] = this.weight[i] * terms.reps().get(i).rampFactor().doubleValue();
			weightedSum += this.idealQuota[i];
		}
		return weightedSum;
	}

	int size() {
		return this.weight.length;
	}

}
