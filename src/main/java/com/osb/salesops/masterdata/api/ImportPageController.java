package com.osb.salesops.masterdata.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.ProductPages;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page where sales ops import the department's files ({@code /imports}, linked from
 * the home page): the kind of file, its encoding (UTF-8 or GBK, as Excel saves it), the
 * file; every problem of a refused file named by its line and column, the counts of an
 * imported one; and each file as it stands, to download. It uploads to
 * {@code POST /api/imports/<file>} with the webapps' session and its CSRF token, so the
 * same roles and checks apply as to any call. Its texts are {@code page.imports.<key>} of
 * the message bundles, in the person's language.
 */
@Controller
class ImportPageController {

	private static final String PAGE = "imports/imports.html";

	/** The texts the page's script shows, by the name it knows them by. */
	private static final List<String> SCRIPT_TEXTS = List.of("sending", "imported", "not-sent", "server-answered",
			"unreachable", "colon", "line-field", "line", "choose-file", "download");

	private final ProductPages pages;

	ImportPageController(ProductPages pages) {
		this.pages = pages;
	}

	@GetMapping("/imports")
	ResponseEntity<String> page(HttpServletRequest request) throws IOException {
		return this.pages.page(request, PAGE, ImportPageController::text, Map.of(),
				scriptTexts(this.pages.language(request)));
	}

	private static String text(Locale language, String key) {
		return Messages.text(language, "page.imports." + key, key);
	}

	private static Map<String, Object> scriptTexts(Locale language) {
		Map<String, Object> texts = ProductPages.texts(language, "page.imports.", SCRIPT_TEXTS);
		texts.put("files", ProductPages.texts(language, "page.imports.file.", MasterDataImports.FILES));
		return texts;
	}

}
