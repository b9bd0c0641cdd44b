package com.osb.salesops.ordertocash.process;

import com.osb.salesops.shared.SalesOpsProperties;

import org.springframework.stereotype.Component;

/**
 * Settings of the steps that call the finance and warehouse systems, read by the models
 * as {@code ${hooks.retryCycle}} and {@code ${hooks.dispatchTimeout}}.
 */
@Component("hooks")
public class Hooks {

	private final String retryCycle;

	private final String dispatchTimeout;

	Hooks(SalesOpsProperties properties) {
		this.retryCycle = properties.hooks().retryCycle();
		this.dispatchTimeout = properties.hooks().dispatchTimeout();
	}

	/**
	 * How often and how far apart a failing call is retried before it becomes an
	 * incident.
	 */
	public String getRetryCycle() {
		return this.retryCycle;
	}

	/**
	 * How long the warehouse may take to confirm a dispatch before the sales assistant is
	 * asked to chase it (an ISO 8601 duration).
	 */
	public String getDispatchTimeout() {
		return this.dispatchTimeout;
	}

}
