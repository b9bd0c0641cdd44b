package com.osb.salesops.shared.language;

import java.util.Locale;

import com.osb.salesops.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the first offered language of its {@code Accept-Language},
 * else the caller's own choice in their profile, else the company's. Spring MVC puts it
 * in the request's locale context, where message bundles and the validator find it.
 */
@Component("localeResolver")
class UserLocaleResolver implements LocaleResolver {

	private final UserLanguages languages;

	private final CurrentUser user;

	UserLocaleResolver(UserLanguages languages, CurrentUser user) {
		this.languages = languages;
		this.user = user;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return this.languages.asked(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
			.orElseGet(() -> this.languages.of(this.user.id()));
	}

	/** Whether the request's caller is known yet, so that their profile counts. */
	boolean callerKnown() {
		return this.user.id() != null;
	}

	/**
	 * Keeps the language as the caller's profile choice, as {@code PUT /api/me/language}
	 * does; a language not offered, or a caller not logged in, changes nothing.
	 */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String userId = this.user.id();
		if (userId == null || locale == null) {
			return;
		}
		this.languages.offered(locale.toLanguageTag()).ifPresent((offered) -> this.languages.choose(userId, offered));
	}

}
