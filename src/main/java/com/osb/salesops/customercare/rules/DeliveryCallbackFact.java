package com.osb.salesops.customercare.rules;

/**
 * A callback after delivery as the callback rules see it: the scores the customer gave
 * (none before the customer was reached) and the failed attempts so far. The rules set
 * when to call, when to call again, whether the sales manager follows up and whether the
 * callback closes as unreachable. Public with getters and setters, so that the DRL can
 * read and write it.
 */
public class DeliveryCallbackFact {

	private final Integer deliveryScore;

	private final Integer productScore;

	private final Integer serviceScore;

	private final int failedAttempts;

	private int callbackAfterBusinessDays;

	private int retryAfterBusinessDays;

	private boolean followUp;

	private boolean unreachable;

	public DeliveryCallbackFact(Integer deliveryScore, Integer productScore, Integer serviceScore, int failedAttempts) {
		this.deliveryScore = deliveryScore;
		this.productScore = productScore;
		this.serviceScore = serviceScore;
		this.failedAttempts = failedAttempts;
	}

	public boolean isScored() {
		return this.deliveryScore != null && this.productScore != null && this.serviceScore != null;
	}

	/** The lowest of the three scores, 0 before the customer was reached. */
	public int getLowestScore() {
		return isScored() ? Math.min(this.deliveryScore, Math.min(this.productScore, this.serviceScore)) : 0;
	}

	public int getFailedAttempts() {
		return this.failedAttempts;
	}

	public int getCallbackAfterBusinessDays() {
		return this.callbackAfterBusinessDays;
	}

	public void setCallbackAfterBusinessDays(int callbackAfterBusinessDays) {
		this.callbackAfterBusinessDays = callbackAfterBusinessDays;
	}

	public int getRetryAfterBusinessDays() {
		return this.retryAfterBusinessDays;
	}

	public void setRetryAfterBusinessDays(int retryAfterBusinessDays) {
		this.retryAfterBusinessDays = retryAfterBusinessDays;
	}

	public boolean isFollowUp() {
		return this.followUp;
	}

	public void setFollowUp(boolean followUp) {
		this.followUp = followUp;
	}

	public boolean isUnreachable() {
		return this.unreachable;
	}

	public void setUnreachable(boolean unreachable) {
		this.unreachable = unreachable;
	}

}
