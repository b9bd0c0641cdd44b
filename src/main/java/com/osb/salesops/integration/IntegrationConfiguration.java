package com.osb.salesops.integration;

import com.osb.salesops.shared.security.CallbackSignature;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the rest of the application needs to know of finance and the warehouse: the secret
 * that signs their callbacks.
 */
@Configuration(proxyBeanMethods = false)
class IntegrationConfiguration {

	@Bean
	CallbackSignature callbackSignature(IntegrationProperties properties) {
		return new CallbackSignature(properties.callbackSecret());
	}

}
