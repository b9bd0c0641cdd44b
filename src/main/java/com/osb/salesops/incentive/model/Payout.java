package com.osb.salesops.incentive.model;

import java.math.BigDecimal;

/**
 * A quarter's attainment as a fact for the payout curve rules, which set the payout rate
 * and say what is carried into the next quarter. It holds its plan, so that the curve
 * rules read the plan's figures without a join. Attainment is left empty when only the
 * carry-forward is wanted (earlier quarters, whose quota does not matter any more).
 */
public class Payout {

	private final BigDecimal credited;

	private final BigDecimal attainment;

	private final boolean carriesForward;

	private final PayoutPlan plan;

	private BigDecimal rate;

	private BigDecimal carryForward = BigDecimal.ZERO;

	/**
	 * @param credited credited revenue of the quarter, or of the team
	 * @param attainment credited revenue over quota, unrounded; null for the
	 * carry-forward only
	 * @param carriesForward whether negative credited revenue moves to the next quarter
	 * (a rep's own figures; a manager's team figures do not)
	 * @param plan the figures of the curve, completed by the rules
	 */
	public Payout(BigDecimal credited, BigDecimal attainment, boolean carriesForward, PayoutPlan plan) {
		this.credited = credited;
		this.attainment = attainment;
		this.carriesForward = carriesForward;
		this.plan = plan;
	}

	public PayoutPlan getPlan() {
		return this.plan;
	}

	public BigDecimal getCredited() {
		return this.credited;
	}

	public BigDecimal getAttainment() {
		return this.attainment;
	}

	public boolean isCarriesForward() {
		return this.carriesForward;
	}

	public BigDecimal getRate() {
		return this.rate;
	}

	public void setRate(BigDecimal rate) {
		this.rate = rate;
	}

	public BigDecimal getCarryForward() {
		return this.carryForward;
	}

	public void setCarryForward(BigDecimal carryForward) {
		this.carryForward = carryForward;
	}

}
