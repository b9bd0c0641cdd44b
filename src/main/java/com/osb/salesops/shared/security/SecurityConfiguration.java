package com.osb.salesops.shared.security;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Requires authentication on the engine REST API and on the application's API. The
 * webapps keep their own login and CSRF protection; the application's API also reads for
 * a browser logged in to them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
			@Value("${salesops.integration.callback-secret:}") String callbackSecret, WebappSession session) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(identityService, new CallbackSignature(callbackSecret), session));
		registration.setName("salesops-api-authentication");
		registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
			@Value("${salesops.security.max-body-size:1MB}") DataSize maxBody,
			@Value("${salesops.security.max-upload-size:10MB}") DataSize maxUpload) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(maxBody.toBytes(), maxUpload.toBytes()));
		registration.setName("salesops-request-size-limit");
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EngineClientFilter> engineClientFilter() {
		FilterRegistrationBean<EngineClientFilter> registration = new FilterRegistrationBean<>(
				new EngineClientFilter());
		registration.setName("salesops-engine-client");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<EngineErrorFilter> engineErrorFilter() {
		FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(new EngineErrorFilter());
		registration.setName("salesops-engine-errors");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WebHardeningFilter> webHardeningFilter(
			@Value("${salesops.security.strict-transport:false}") boolean strictTransport) {
		FilterRegistrationBean<WebHardeningFilter> registration = new FilterRegistrationBean<>(
				new WebHardeningFilter(strictTransport));
		registration.setName("salesops-web-hardening");
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
