package com.osb.salesops.shared.process;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the answer to a refused rule deployment with the Camunda REST API, and with
 * the copy of it the webapps serve under {@code /camunda/api/engine} (the one Cockpit
 * calls), so that a refusal reads the same whichever way a deployment came.
 */
@Configuration(proxyBeanMethods = false)
class RuleRefusalConfiguration {

	/** Jersey reads its providers from this setting of the servlet context too. */
	static final String PROVIDERS = "jersey.config.server.provider.classnames";

	@Bean
	ResourceConfigCustomizer ruleRefusalMapper() {
		return (config) -> config.register(RuleRefusalMapper.class);
	}

	@Bean
	ServletContextInitializer ruleRefusalOnTheWebappsEngineApi() {
		return (servletContext) -> servletContext.setInitParameter(PROVIDERS, RuleRefusalMapper.class.getName());
	}

}
