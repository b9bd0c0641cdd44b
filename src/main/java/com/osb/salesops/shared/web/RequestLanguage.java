package com.osb.salesops.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.http.HttpHeaders;

/**
 * The language a request is answered in where Spring MVC does not choose it (the engine's
 * REST API and the webapps' API): the caller's, as the application resolves it for its
 * own API ({@code Accept-Language}, else the caller's profile, else the company's), kept
 * on the request for whoever words the answer after the request was handled.
 */
public final class RequestLanguage {

	/** The request attribute holding the request's {@link LocaleContext}. */
	public static final String ATTRIBUTE = RequestLanguage.class.getName();

	private RequestLanguage() {
	}

	/**
	 * The request's language: as resolved for it, else the one its
	 * {@code Accept-Language} asks for first, else the company's.
	 */
	public static Locale of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof LocaleContext context && context.getLocale() != null) {
			return context.getLocale();
		}
		return (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) ? request.getLocale()
				: Messages.companyLanguage();
	}

}
