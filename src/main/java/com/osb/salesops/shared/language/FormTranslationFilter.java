package com.osb.salesops.shared.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Rewrites the Camunda Forms that Tasklist and other clients fetch from the engine
 * ({@code .../task/{id}/deployed-form}, {@code .../deployed-start-form}, through the REST
 * API or the webapps' own) into the reader's language.
 */
@Component
class FormTranslationFilter extends OncePerRequestFilter {

	private final FormTranslations translations;

	private final UserLocaleResolver locales;

	FormTranslationFilter(FormTranslations translations, UserLocaleResolver locales) {
		this.translations = translations;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod())
				|| !(path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String type = wrapper.getContentType();
		if (wrapper.getStatus() != HttpServletResponse.SC_OK || type == null || !type.contains("json")) {
			wrapper.copyBodyToResponse();
			return;
		}
		String form = new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8);
		byte[] translated = this.translations.translate(form, this.locales.resolveLocale(request))
			.getBytes(StandardCharsets.UTF_8);
		wrapper.resetBuffer();
		response.setContentLength(translated.length);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(translated);
		response.flushBuffer();
	}

}
