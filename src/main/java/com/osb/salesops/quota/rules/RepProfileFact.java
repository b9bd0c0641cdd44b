package com.osb.salesops.quota.rules;

import java.math.BigDecimal;

/**
 * A rep profile as the quota rules see it: tenure and whether the rep sold last year, the
 * only facts a rep's terms depend on. Reps that share a profile share one fact, so the
 * rules run once per profile however large the organisation. Public with getters and
 * setters, so that the DRL can read and write it.
 */
public class RepProfileFact {

	private final int tenureMonths;

	private final boolean history;

	private BigDecimal rampFactor;

	private BigDecimal floorFactor;

	private BigDecimal capFactor;

	public RepProfileFact(int tenureMonths, boolean history) {
		this.tenureMonths = tenureMonths;
		this.history = history;
	}

	public int getTenureMonths() {
		return this.tenureMonths;
	}

	/** Whether the rep sold anything last year. */
	public boolean isHistory() {
		return this.history;
	}

	public BigDecimal getRampFactor() {
		return this.rampFactor;
	}

	public void setRampFactor(BigDecimal rampFactor) {
		this.rampFactor = rampFactor;
	}

	public BigDecimal getFloorFactor() {
		return this.floorFactor;
	}

	public void setFloorFactor(BigDecimal floorFactor) {
		this.floorFactor = floorFactor;
	}

	/** The cap as a factor of last year's actuals; {@code null} for no cap. */
	public BigDecimal getCapFactor() {
		return this.capFactor;
	}

	public void setCapFactor(BigDecimal capFactor) {
		this.capFactor = capFactor;
	}

}
