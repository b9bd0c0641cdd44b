package com.osb.salesops.ordertocash.process;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the steps that call the finance and warehouse systems, read by the models
 * as {@code ${hooks.retryCycle}}.
 */
@Component("hooks")
public class Hooks {

	private final String retryCycle;

	Hooks(@Value("${salesops.hooks.retry-cycle:R3/PT1M}") String retryCycle) {
		this.retryCycle = retryCycle;
	}

	/**
	 * How often and how far apart a failing call is retried before it becomes an
	 * incident.
	 */
	public String getRetryCycle() {
		return this.retryCycle;
	}

}
