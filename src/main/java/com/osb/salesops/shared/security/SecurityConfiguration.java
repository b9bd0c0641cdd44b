package com.osb.salesops.shared.security;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Requires authentication on the engine REST API and on the application's API. The
 * webapps keep their own login and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
			@Value("${salesops.integration.callback-secret:}") String callbackSecret) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(identityService, new CallbackSignature(callbackSecret)));
		registration.setName("salesops-api-authentication");
		registration.addUrlPatterns("/engine-rest/*", "/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
