package com.osb.salesops.home.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import com.osb.salesops.shared.language.UserLanguages;
import com.osb.salesops.shared.security.WebappSession;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The home page at {@code /}: for a person logged in to the webapps, their figures; for
 * anyone else, the login form. The page itself holds no figures: it reads them from
 * {@code /api/home/...} with the session, so nothing shows without a login.
 */
@Controller
class HomePageController {

	private static final Resource HOME = new ClassPathResource("home/index.html");

	private static final Resource REPORT = new ClassPathResource("home/report.html");

	private static final Resource LOGIN = new ClassPathResource("home/login.html");

	/** Where a page takes the webapps' CSRF token, for logging in and out. */
	private static final String CSRF_TOKEN = "{{csrfToken}}";

	/** Where the report page takes the name of the page it shows. */
	private static final String PAGE = "{{page}}";

	/** Where a page takes its language. */
	private static final String LANG = "{{lang}}";

	/** Where a page takes the texts of its language beside the English. */
	private static final String TEXTS = "{{texts}}";

	private final WebappSession session;

	private final ReportPages pages;

	private final UserLanguages languages;

	HomePageController(WebappSession session, ReportPages pages, UserLanguages languages) {
		this.session = session;
		this.pages = pages;
		this.languages = languages;
	}

	@GetMapping({ "/", "/index.html" })
	ResponseEntity<String> home(HttpServletRequest request) throws IOException {
		return page(request, HOME, "");
	}

	/** A report page: its chart and table, read from its API with the session. */
	@GetMapping("/reports/{page}")
	ResponseEntity<String> report(@PathVariable String page, HttpServletRequest request) throws IOException {
		if (!this.pages.exists(page)) {
			throw NotFoundException.of("no-such-report-page", "No report page {0}", page);
		}
		return page(request, REPORT, page);
	}

	private ResponseEntity<String> page(HttpServletRequest request, Resource loggedIn, String name) throws IOException {
		Optional<String> user = this.session.userId(request);
		Resource page = user.isPresent() ? loggedIn : LOGIN;
		Locale language = this.languages.ofPage(user, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		String html = page.getContentAsString(StandardCharsets.UTF_8)
			.replace(CSRF_TOKEN, this.session.csrfToken(request))
			.replace(PAGE, name)
			.replace(LANG, language.toLanguageTag())
			.replace(TEXTS, language.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? ""
					: "<script src=\"/home/texts." + language.toLanguageTag() + ".js\"></script>");
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

}
