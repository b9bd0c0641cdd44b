package com.osb.salesops.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link EngineLookupFilter} around the engine's REST API and the webapps' engine
 * API.
 */
@Configuration(proxyBeanMethods = false)
class EngineLookupConfiguration {

	@Bean
	FilterRegistrationBean<EngineLookupFilter> engineLookupFilter() {
		FilterRegistrationBean<EngineLookupFilter> registration = new FilterRegistrationBean<>(
				new EngineLookupFilter());
		registration.setName("salesops-engine-lookup");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}

}
