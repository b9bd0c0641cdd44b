package com.osb.salesops.shared.language;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.security.WebappSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist, Cockpit and Admin read in the language of their reader. Before login (the
 * login page), and for a user who chose no language in their profile, the browser's
 * language when the webapp has it (Chinese or English), else the language a webapp falls
 * back to ({@code locales.fallbackLocale} of its {@code scripts/config.js}): the
 * company's, or the user's. A user who chose a language in their profile reads the
 * webapps in it whatever the browser says: the only locale offered is theirs. The file is
 * not kept by the browser, since it differs from one reader to the next.
 */
@Component
class WebappConfigFilter extends OncePerRequestFilter {

	private static final Pattern CONFIG = Pattern.compile("/camunda/app/(tasklist|cockpit|admin)/scripts/config\\.js$");

	private static final Pattern FALLBACK = Pattern.compile("fallbackLocale: '[a-z]{2}'");

	private static final Pattern AVAILABLE = Pattern.compile("availableLocales: \\[[^\\]]*\\]");

	private final UserLanguages languages;

	private final WebappSession session;

	WebappConfigFilter(UserLanguages languages, WebappSession session) {
		this.languages = languages;
		this.session = session;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !CONFIG.matcher(request.getRequestURI()).find();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() != HttpServletResponse.SC_OK) {
			wrapper.copyBodyToResponse();
			return;
		}
		Optional<String> user = this.session.userId(request);
		Optional<Locale> chosen = user.flatMap(this.languages::chosen);
		String language = user.map(this.languages::of).orElse(this.languages.defaultLanguage()).getLanguage();
		String config = FALLBACK.matcher(new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8))
			.replaceFirst(Matcher.quoteReplacement("fallbackLocale: '" + language + "'"));
		if (chosen.isPresent()) {
			config = AVAILABLE.matcher(config)
				.replaceFirst(Matcher.quoteReplacement("availableLocales: ['" + chosen.get().getLanguage() + "']"));
		}
		byte[] answered = config.getBytes(StandardCharsets.UTF_8);
		wrapper.resetBuffer();
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(answered.length);
		response.getOutputStream().write(answered);
		response.flushBuffer();
	}

}
