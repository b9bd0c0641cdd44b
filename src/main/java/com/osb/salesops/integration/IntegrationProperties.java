package com.osb.salesops.integration;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the order flow reaches finance and the warehouse, under
 * {@code salesops.integration.*}.
 *
 * @param mode {@code ledger} keeps both in the application's own database, {@code http}
 * calls the systems below
 * @param finance the accounting system
 * @param warehouse the warehouse system
 * @param callbackSecret the shared secret that signs callbacks from these systems
 */
@ConfigurationProperties("salesops.integration")
public record IntegrationProperties(@DefaultValue("ledger") String mode, @DefaultValue Endpoint finance,
		@DefaultValue Endpoint warehouse, String callbackSecret) {

	/**
	 * @param baseUrl where the system's API is, e.g. {@code https://erp.example.com/api}
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for an answer
	 * @param token the bearer token sent with every call, if the system wants one
	 */
	public record Endpoint(URI baseUrl, @DefaultValue("PT5S") Duration connectTimeout,
			@DefaultValue("PT20S") Duration readTimeout, String token) {
	}

}
