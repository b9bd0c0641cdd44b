package com.osb.salesops.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.language.UserLanguages;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;

/**
 * Puts {@link DatabaseAwayFilter} around the login and the engine's filters of every API.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseAwayConfiguration {

	@Bean
	FilterRegistrationBean<DatabaseAwayFilter> databaseAwayFilter(ObjectMapper json, UserLanguages languages,
			DatabaseReach database) {
		FilterRegistrationBean<DatabaseAwayFilter> registration = new FilterRegistrationBean<>(
				new DatabaseAwayFilter(json,
						// the profile cannot be read while the database is away
						(request) -> languages.asked(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
							.orElseGet(languages::defaultLanguage),
						database));
		registration.setName("salesops-database-away");
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*", "/v3/api-docs/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

}
