package com.osb.salesops.home.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.osb.salesops.shared.security.WebappSession;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page at {@code /}: for a person logged in to the webapps, their figures; for
 * anyone else, the login form. The page itself holds no figures: it reads them from
 * {@code /api/home/...} with the session, so nothing shows without a login.
 */
@Controller
class HomePageController {

	private static final Resource HOME = new ClassPathResource("home/index.html");

	private static final Resource LOGIN = new ClassPathResource("home/login.html");

	/** Where a page takes the webapps' CSRF token, for logging in and out. */
	private static final String CSRF_TOKEN = "{{csrfToken}}";

	private final WebappSession session;

	HomePageController(WebappSession session) {
		this.session = session;
	}

	@GetMapping({ "/", "/index.html" })
	ResponseEntity<String> home(HttpServletRequest request) throws IOException {
		Resource page = this.session.userId(request).isPresent() ? HOME : LOGIN;
		String html = page.getContentAsString(StandardCharsets.UTF_8)
			.replace(CSRF_TOKEN, this.session.csrfToken(request));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

}
