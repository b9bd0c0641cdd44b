package com.osb.salesops.ordertocash.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the steps that call the finance and warehouse systems, read by the models
 * as {@code ${hooks.retryCycle}} and {@code ${hooks.dispatchTimeout}}.
 */
@Component("hooks")
public class Hooks {

	private final String retryCycle;

	private final String dispatchTimeout;

	Hooks(@Value("${salesops.hooks.retry-cycle:R3/PT1M}") String retryCycle,
			@Value("${salesops.hooks.dispatch-timeout:P3D}") String dispatchTimeout) {
		this.retryCycle = retryCycle;
		this.dispatchTimeout = dispatchTimeout;
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
