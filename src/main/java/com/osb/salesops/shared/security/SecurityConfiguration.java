package com.osb.salesops.shared.security;

import com.osb.salesops.shared.web.DatabaseReach;
import com.osb.salesops.shared.SalesOpsProperties;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Requires authentication on the engine REST API and on the application's API. The
 * webapps keep their own login and CSRF protection; the application's API also reads for
 * a browser logged in to them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	AuthenticatedIdentities authenticatedIdentities(SalesOpsProperties properties) {
		return new AuthenticatedIdentities(properties.security().identityCacheTime());
	}

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(IdentityService identityService,
			ObjectProvider<CallbackSignature> signature, WebappSession session, AuthenticatedIdentities identities) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(identityService,
						signature.getIfAvailable(() -> new CallbackSignature(null)), session, identities));
		registration.setName("salesops-api-authentication");
		registration.addUrlPatterns("/engine-rest/*", "/api/*", "/actuator/*", "/v3/api-docs/*", "/swagger-ui/*",
				"/swagger-ui.html");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(SalesOpsProperties properties) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.security().maxBodySize().toBytes(),
						properties.security().maxUploadSize().toBytes()));
		registration.setName("salesops-request-size-limit");
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	@Bean
	FilterRegistrationBean<TaskBodyFilter> taskBodyFilter() {
		FilterRegistrationBean<TaskBodyFilter> registration = new FilterRegistrationBean<>(new TaskBodyFilter());
		registration.setName("salesops-task-body");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
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
	FilterRegistrationBean<EngineErrorFilter> engineErrorFilter(DatabaseReach database) {
		FilterRegistrationBean<EngineErrorFilter> registration = new FilterRegistrationBean<>(
				new EngineErrorFilter(database));
		registration.setName("salesops-engine-errors");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WebHardeningFilter> webHardeningFilter(SalesOpsProperties properties) {
		FilterRegistrationBean<WebHardeningFilter> registration = new FilterRegistrationBean<>(
				new WebHardeningFilter(properties.security().strictTransport()));
		registration.setName("salesops-web-hardening");
		registration.addUrlPatterns("/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
