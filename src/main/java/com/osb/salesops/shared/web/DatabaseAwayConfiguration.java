package com.osb.salesops.shared.web;

import java.util.Locale;

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
	FilterRegistrationBean<DatabaseAwayFilter> databaseAwayFilter(ObjectMapper json, UserLanguages languages) {
		FilterRegistrationBean<DatabaseAwayFilter> registration = new FilterRegistrationBean<>(
				new DatabaseAwayFilter(json, (request) -> language(request, languages)));
		registration.setName("salesops-database-away");
		registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*", "/v3/api-docs/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	/**
	 * The caller's language from what the request asks; the company's otherwise, since
	 * the profile cannot be read while the database is away.
	 */
	private static Locale language(jakarta.servlet.http.HttpServletRequest request, UserLanguages languages) {
		String asked = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (asked != null && !asked.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(asked)) {
					var offered = languages.offered(range.getRange());
					if (offered.isPresent()) {
						return offered.get();
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header names no language
			}
		}
		return languages.defaultLanguage();
	}

}
