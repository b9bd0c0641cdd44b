package com.osb.salesops.customercare;

import com.osb.salesops.customercare.rules.CustomerCareRules;
import com.osb.salesops.shared.rules.RuleSets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires customer care to the rules of {@code rules/customercare}, looked up on every call
 * so that a DRL saved in development applies to the next decision.
 */
@Configuration(proxyBeanMethods = false)
class CustomerCareConfiguration {

	static final String CAPABILITY = "customercare";

	@Bean
	CustomerCareRules customerCareRules(RuleSets ruleSets) {
		return new CustomerCareRules(() -> ruleSets.get(CAPABILITY));
	}

}
