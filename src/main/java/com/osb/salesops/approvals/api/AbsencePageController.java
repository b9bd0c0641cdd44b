package com.osb.salesops.approvals.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.ProductPages;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page where a person records when they are away and who stands in for them
 * ({@code /absences}, linked from the home page): their absences and those of the people
 * below them that they may see, each ended early with one button, and a new one recorded.
 * It reads and writes {@code /api/absences} with the webapps' session and its CSRF token,
 * so the same roles and checks apply as to any call. Its texts are
 * {@code page.absences.<key>} of the message bundles, in the person's language.
 */
@Controller
class AbsencePageController {

	private static final String PAGE = "absences/absences.html";

	/** The texts the page's script shows, by the name it knows them by. */
	private static final List<String> SCRIPT_TEXTS = List.of("none", "end", "ended", "sending", "recorded", "not-sent",
			"server-answered", "unreachable", "colon", "not-loaded", "choose", "choose-task", "delegated");

	/** The fields of an absence, as the API names them in its problems. */
	private static final List<String> FIELDS = List.of("userId", "from", "to", "substitute", "reason", "delegate");

	private final ProductPages pages;

	AbsencePageController(ProductPages pages) {
		this.pages = pages;
	}

	@GetMapping("/absences")
	ResponseEntity<String> page(HttpServletRequest request) throws IOException {
		return this.pages.page(request, PAGE, AbsencePageController::text, Map.of(),
				scriptTexts(this.pages.language(request)));
	}

	private static String text(Locale language, String key) {
		return Messages.text(language, "page.absences." + key, key);
	}

	private static Map<String, Object> scriptTexts(Locale language) {
		Map<String, Object> texts = ProductPages.texts(language, "page.absences.", SCRIPT_TEXTS);
		texts.put("fields", ProductPages.texts(language, "page.absences.field.", FIELDS));
		return texts;
	}

}
