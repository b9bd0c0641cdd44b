package com.osb.salesops.ordertocash.process;

import java.time.Duration;

import com.osb.salesops.integration.IntegrationProperties;
import com.osb.salesops.shared.SalesOpsProperties;

import org.springframework.stereotype.Component;

/**
 * Settings of the steps that call the finance and warehouse systems, read by the models
 * as {@code ${hooks.retryCycle}}, {@code ${hooks.dispatchTimeout}},
 * {@code ${hooks.warehouseSystem}} and {@code ${hooks.releaseAfter}}.
 */
@Component("hooks")
public class Hooks {

	private static final Duration RELEASE_MARGIN = Duration.ofSeconds(5);

	private final String retryCycle;

	private final String dispatchTimeout;

	private final boolean warehouseSystem;

	private final String releaseAfter;

	Hooks(SalesOpsProperties properties, IntegrationProperties integration) {
		this.retryCycle = properties.hooks().retryCycle();
		this.dispatchTimeout = properties.hooks().dispatchTimeout();
		this.warehouseSystem = "http".equals(integration.mode());
		IntegrationProperties.Endpoint warehouse = integration.warehouse();
		this.releaseAfter = warehouse.connectTimeout().plus(warehouse.readTimeout()).plus(RELEASE_MARGIN).toString();
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

	/** Whether the warehouse is a system of its own, reached over HTTP. */
	public boolean isWarehouseSystem() {
		return this.warehouseSystem;
	}

	/**
	 * How long after a cancellation the warehouse is told of the release (an ISO 8601
	 * duration): its connect and read timeouts and a margin, so that every reservation
	 * call sent before the cancellation has been answered or given up by then.
	 */
	public String getReleaseAfter() {
		return this.releaseAfter;
	}

}
