package com.osb.salesops.ordertocash.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.ordertocash.documents.AttachmentKind;
import com.osb.salesops.shared.language.UserLanguages;
import com.osb.salesops.shared.security.WebappSession;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a Tasklist form links to for the file its task needs (the signed contract, the
 * delivery receipt, the invoicing details): it uploads to {@code POST
 * /api/orders/{number}/attachments} with the webapps' session and their CSRF token, so
 * the same role and order rules apply as to any upload, and a page of another site cannot
 * upload in the person's name. The page reads in the language of the person's profile,
 * else of their browser, else the company's: its texts are {@code page.upload.<key>} of
 * the message bundles, the ones its script shows after an upload handed to it with the
 * names of the kinds of file ({@code file-kind.<KIND>}).
 */
@Controller
class UploadPageController {

	private static final String PAGE = "orders/upload.html";

	/** Where the page takes a text of its language, as {@code {{t.heading}}}. */
	private static final Pattern TEXT = Pattern.compile("\\{\\{t\\.([a-z-]+)}}");

	/** The texts the page's script shows, by the name it knows them by. */
	private static final Map<String, String> SCRIPT_TEXTS = Map.of("uploading", "uploading", "uploaded", "uploaded",
			"notUploaded", "not-uploaded", "serverAnswered", "server-answered", "unreachable", "unreachable",
			"separator", "separator", "system", "system");

	/** The kinds of file an order has: the documents made for it and the uploads. */
	static final List<String> FILE_KINDS = Stream
		.concat(Stream.of("CONTRACT", "SHIPPING_NOTICE", "INVOICE"),
				Arrays.stream(AttachmentKind.values()).map(AttachmentKind::name))
		.toList();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final WebappSession session;

	private final UserLanguages languages;

	UploadPageController(WebappSession session, UserLanguages languages) {
		this.session = session;
		this.languages = languages;
	}

	@GetMapping("/orders/{order}/uploads/{kind}")
	ResponseEntity<String> page(@PathVariable String order, @PathVariable String kind, HttpServletRequest request)
			throws IOException {
		if (!order.matches("[A-Za-z0-9-]{1,24}")) {
			throw NotFoundException.of("no-such-order", "There is no order {0}", order);
		}
		AttachmentKind attachment;
		try {
			attachment = AttachmentKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw NotFoundException.of("no-such-attachment-kind", "There is no kind of attachment {0}", kind);
		}
		Optional<String> user = this.session.userId(request);
		Locale language = this.languages.ofPage(user, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		String what = attachment.words(language);
		String html = TEXT.matcher(new ClassPathResource(PAGE).getContentAsString(StandardCharsets.UTF_8))
			.replaceAll((found) -> Matcher.quoteReplacement(
					HtmlUtils.htmlEscape(text(language, found.group(1), order, what), StandardCharsets.UTF_8.name())))
			.replace("{{lang}}", language.toLanguageTag())
			.replace("{{csrfToken}}", this.session.csrfToken(request))
			.replace("{{orderNumber}}", order)
			.replace("{{kind}}", attachment.name())
			.replace("{{loggedIn}}", String.valueOf(user.isPresent()))
			.replace("{{texts}}", scriptTexts(language));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

	private static String text(Locale language, String key, Object... args) {
		return Messages.text(language, "page.upload." + key, key, args);
	}

	/**
	 * The script's texts as JSON, with their places ({@code {0}}) left for it to fill.
	 */
	private static String scriptTexts(Locale language) throws IOException {
		Map<String, Object> texts = new TreeMap<>();
		SCRIPT_TEXTS.forEach((name, key) -> texts.put(name, text(language, key)));
		Map<String, String> kinds = new TreeMap<>();
		FILE_KINDS.forEach((kind) -> kinds.put(kind, Messages.text(language, "file-kind." + kind, kind)));
		texts.put("kinds", kinds);
		return JSON.writeValueAsString(texts).replace("</", "<\\/");
	}

}
