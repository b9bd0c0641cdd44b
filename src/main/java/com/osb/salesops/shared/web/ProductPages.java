package com.osb.salesops.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.language.UserLanguages;
import com.osb.salesops.shared.security.WebappSession;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The product's own pages (the upload page, the order pages, the absences page), made
 * alike: a page of the resources, in the language of the person's profile, else of their
 * browser, else the company's; its texts ({@code {{t.<key>}}}) in that language, escaped;
 * the session's CSRF token, whether someone is logged in, and its script's texts as JSON.
 * A page holds no data: its script reads it from the API with the session.
 */
@Component
public class ProductPages {

	/** Where a page takes a text of its language, as {@code {{t.heading}}}. */
	private static final Pattern TEXT = Pattern.compile("\\{\\{t\\.([A-Za-z0-9.-]+)}}");

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * What every page's head holds ({@code {{head}}}): its characters, token and style.
	 */
	private static final String HEAD = """
			<meta charset="utf-8">
			  <meta name="csrf-token" content="{{csrfToken}}">
			  <meta name="viewport" content="width=device-width, initial-scale=1">
			  <link rel="stylesheet" href="/home/home.css">""";

	/** What every page loads before its own script ({@code {{scripts}}}). */
	private static final String SCRIPTS = """
			<script type="application/json" id="texts">{{texts}}</script>
			  <script src="/pages/pages.js"></script>""";

	private final WebappSession session;

	private final UserLanguages languages;

	ProductPages(WebappSession session, UserLanguages languages) {
		this.session = session;
		this.languages = languages;
	}

	/** The person's language for a page of the request. */
	public Locale language(HttpServletRequest request) {
		return this.languages.ofPage(this.session.userId(request), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/**
	 * The page made for the request.
	 * @param page the page's file below {@code resources/}
	 * @param text a text of the page by its key, in the language
	 * @param values what else the page takes ({@code {{orderNumber}}}), safe in HTML
	 * @param scriptTexts the texts its script shows, by the names it knows them by
	 */
	public ResponseEntity<String> page(HttpServletRequest request, String page, BiFunction<Locale, String, String> text,
			Map<String, String> values, Map<String, Object> scriptTexts) throws IOException {
		Optional<String> user = this.session.userId(request);
		Locale language = language(request);
		String html = TEXT
			.matcher(new ClassPathResource(page).getContentAsString(StandardCharsets.UTF_8)
				.replace("{{head}}", HEAD)
				.replace("{{scripts}}", SCRIPTS))
			.replaceAll((found) -> Matcher.quoteReplacement(
					HtmlUtils.htmlEscape(text.apply(language, found.group(1)), StandardCharsets.UTF_8.name())))
			.replace("{{lang}}", language.toLanguageTag())
			.replace("{{csrfToken}}", this.session.csrfToken(request))
			.replace("{{loggedIn}}", String.valueOf(user.isPresent()))
			.replace("{{texts}}", JSON.writeValueAsString(scriptTexts).replace("</", "<\\/"));
		for (Map.Entry<String, String> value : values.entrySet()) {
			html = html.replace("{{" + value.getKey() + "}}", value.getValue());
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

	/**
	 * Texts of a page for its script: each {@code <prefix><key>} of the bundles in the
	 * language, by its key, in the keys' order (the words of a set of codes, the same
	 * way).
	 */
	public static Map<String, Object> texts(Locale language, String prefix, List<String> keys) {
		Map<String, Object> texts = new LinkedHashMap<>();
		keys.forEach((key) -> texts.put(key, Messages.text(language, prefix + key, key)));
		return texts;
	}

	/** The order a page's address names, if it can be an order's number. */
	public static String orderNumber(String order) {
		if (!order.matches("[A-Za-z0-9-]{1,24}")) {
			throw NotFoundException.of("no-such-order", "There is no order {0}", order);
		}
		return order;
	}

}
