package com.osb.salesops.shared.process;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the answer to a refused rule deployment, and to a request that lacks what it
 * needs ({@link EngineRestMistakes}), with the Camunda REST API.
 */
@Configuration(proxyBeanMethods = false)
class RuleRefusalConfiguration {

	@Bean
	ResourceConfigCustomizer ruleRefusalMapper() {
		return (config) -> config.register(RuleRefusalMapper.class)
			.register(WrappedRuleRefusalMapper.class)
			.register(EngineRestMistakes.MissingPart.class)
			.register(EngineRestMistakes.MissingValue.class)
			.register(EngineRestMistakes.WrappedMissingValue.class)
			.register(EngineRestMistakes.Conflict.class)
			.register(EngineRestMistakes.UntypedRefusals.class);
	}

}
