package com.osb.salesops.incentive.model;

import java.math.BigDecimal;

/**
 * The figures of the payout curve as a fact. Its defaults are set by a rule in
 * {@code rules/incentive/payout-plan.drl}, so that they live with the rules; a what-if
 * may set some of them first, and the rule then fills in only the others.
 */
public class PayoutPlan {

	private BigDecimal threshold;

	private BigDecimal target;

	private BigDecimal acceleratedUpTo;

	private BigDecimal accelerator;

	private BigDecimal slopeAbove;

	private BigDecimal cap;

	private boolean complete;

	/** A plan with every figure left to the rules' defaults. */
	public static PayoutPlan defaults() {
		return new PayoutPlan();
	}

	/** A plan with the given figures (null: the default) and the rules' defaults. */
	public static PayoutPlan withOverrides(BigDecimal threshold, BigDecimal target, BigDecimal acceleratedUpTo,
			BigDecimal accelerator, BigDecimal slopeAbove, BigDecimal cap) {
		PayoutPlan plan = new PayoutPlan();
		plan.threshold = threshold;
		plan.target = target;
		plan.acceleratedUpTo = acceleratedUpTo;
		plan.accelerator = accelerator;
		plan.slopeAbove = slopeAbove;
		plan.cap = cap;
		return plan;
	}

	/** Sets every figure not given yet and marks the plan complete. */
	public void fillIn(BigDecimal threshold, BigDecimal target, BigDecimal acceleratedUpTo, BigDecimal accelerator,
			BigDecimal slopeAbove, BigDecimal cap) {
		this.threshold = (this.threshold != null) ? this.threshold : threshold;
		this.target = (this.target != null) ? this.target : target;
		this.acceleratedUpTo = (this.acceleratedUpTo != null) ? this.acceleratedUpTo : acceleratedUpTo;
		this.accelerator = (this.accelerator != null) ? this.accelerator : accelerator;
		this.slopeAbove = (this.slopeAbove != null) ? this.slopeAbove : slopeAbove;
		this.cap = (this.cap != null) ? this.cap : cap;
		this.complete = true;
	}

	/**
	 * The payout rate at the end of the accelerated band, where the slope above starts.
	 */
	public BigDecimal getRateAtAcceleratedUpTo() {
		return this.target.add(this.accelerator.multiply(this.acceleratedUpTo.subtract(this.target)));
	}

	public BigDecimal getThreshold() {
		return this.threshold;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public BigDecimal getAcceleratedUpTo() {
		return this.acceleratedUpTo;
	}

	public BigDecimal getAccelerator() {
		return this.accelerator;
	}

	public BigDecimal getSlopeAbove() {
		return this.slopeAbove;
	}

	public BigDecimal getCap() {
		return this.cap;
	}

	public boolean isComplete() {
		return this.complete;
	}

}
