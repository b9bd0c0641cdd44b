package com.osb.salesops.quota.rules;

import java.math.BigDecimal;

/**
 * The plan as the quota rules see it: whether any rep sold last year and the alpha the
 * request asked for, if any; the rules set the alpha that applies. Public with getters
 * and setters, so that the DRL can read and write it.
 */
public class QuotaPlanFact {

	private final boolean history;

	private final BigDecimal requestedAlpha;

	private BigDecimal alpha;

	private boolean requestedAlphaApplied;

	public QuotaPlanFact(boolean history, BigDecimal requestedAlpha) {
		this.history = history;
		this.requestedAlpha = requestedAlpha;
	}

	/** Whether any rep sold anything last year. */
	public boolean isHistory() {
		return this.history;
	}

	public BigDecimal getRequestedAlpha() {
		return this.requestedAlpha;
	}

	public BigDecimal getAlpha() {
		return this.alpha;
	}

	public void setAlpha(BigDecimal alpha) {
		this.alpha = alpha;
	}

	public boolean isRequestedAlphaApplied() {
		return this.requestedAlphaApplied;
	}

	public void setRequestedAlphaApplied(boolean requestedAlphaApplied) {
		this.requestedAlphaApplied = requestedAlphaApplied;
	}

}
