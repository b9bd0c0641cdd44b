package com.osb.salesops.shared.language;

import java.io.IOException;
import java.util.Locale;

import com.osb.salesops.shared.web.RequestLanguage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Calls to the engine (its REST API, the webapps' API) are answered in the caller's
 * language as the application's own API is: {@code Accept-Language}, else the language in
 * the caller's profile, else the company's. Spring MVC does this for {@code /api}; for
 * the engine the servlet's locale would be the header or the server's. The language is
 * looked up only when a text is worded (a refusal, a form's problem), when the caller is
 * known.
 */
@Component
class EngineRequestLanguageFilter extends OncePerRequestFilter {

	private final UserLocaleResolver locales;

	EngineRequestLanguageFilter(UserLocaleResolver locales) {
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !EngineCalls.isEngineCall(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		CallersLanguage language = new CallersLanguage(request);
		LocaleContext previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocaleContext(language);
		request.setAttribute(RequestLanguage.ATTRIBUTE, language);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (response.getStatus() >= 400) {
				// an error answer is worded after the caller is forgotten: look them up
				// now
				language.getLocale();
			}
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/** The caller's language, looked up once the caller is known and then kept. */
	private final class CallersLanguage implements LocaleContext {

		private final HttpServletRequest request;

		private volatile Locale resolved;

		CallersLanguage(HttpServletRequest request) {
			this.request = request;
		}

		@Override
		public Locale getLocale() {
			Locale known = this.resolved;
			if (known != null) {
				return known;
			}
			Locale language = EngineRequestLanguageFilter.this.locales.resolveLocale(this.request);
			if (EngineRequestLanguageFilter.this.locales.callerKnown()) {
				this.resolved = language;
			}
			return language;
		}

	}

}
