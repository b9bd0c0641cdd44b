package com.osb.salesops.quota;

import com.osb.salesops.quota.rules.QuotaRules;
import com.osb.salesops.shared.rules.RuleSets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires quota allocation to the rules of {@code rules/quota}, looked up on every call so
 * that a DRL saved in development applies to the next allocation.
 */
@Configuration(proxyBeanMethods = false)
class QuotaConfiguration {

	static final String CAPABILITY = "quota";

	@Bean
	QuotaPlanner quotaPlanner(RuleSets ruleSets) {
		return new QuotaPlanner(new QuotaRules(() -> ruleSets.get(CAPABILITY)));
	}

}
