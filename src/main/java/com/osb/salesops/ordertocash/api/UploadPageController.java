package com.osb.salesops.ordertocash.api;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.osb.salesops.ordertocash.documents.AttachmentKind;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.ProductPages;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

	/** The texts the page's script shows, by the name it knows them by. */
	private static final Map<String, String> SCRIPT_TEXTS = Map.of("uploading", "uploading", "uploaded", "uploaded",
			"notUploaded", "not-uploaded", "serverAnswered", "server-answered", "unreachable", "unreachable",
			"separator", "separator", "system", "system");

	/** The kinds of file an order has: the documents made for it and the uploads. */
	static final List<String> FILE_KINDS = Stream
		.concat(Stream.of("CONTRACT", "SHIPPING_NOTICE", "INVOICE"),
				Arrays.stream(AttachmentKind.values()).map(AttachmentKind::name))
		.toList();

	private final ProductPages pages;

	UploadPageController(ProductPages pages) {
		this.pages = pages;
	}

	@GetMapping("/orders/{order}/uploads/{kind}")
	ResponseEntity<String> page(@PathVariable String order, @PathVariable String kind, HttpServletRequest request)
			throws IOException {
		ProductPages.orderNumber(order);
		AttachmentKind attachment;
		try {
			attachment = AttachmentKind.valueOf(kind.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw NotFoundException.of("no-such-attachment-kind", "There is no kind of attachment {0}", kind);
		}
		Locale language = this.pages.language(request);
		String what = attachment.words(language);
		return this.pages.page(request, PAGE, (in, key) -> text(in, key, order, what),
				Map.of("orderNumber", order, "kind", attachment.name()), scriptTexts(language));
	}

	private static String text(Locale language, String key, Object... args) {
		return Messages.text(language, "page.upload." + key, key, args);
	}

	/**
	 * The script's texts as JSON, with their places ({@code {0}}) left for it to fill.
	 */
	private static Map<String, Object> scriptTexts(Locale language) {
		Map<String, Object> texts = new TreeMap<>();
		SCRIPT_TEXTS.forEach((name, key) -> texts.put(name, text(language, key)));
		Map<String, String> kinds = new TreeMap<>();
		FILE_KINDS.forEach((kind) -> kinds.put(kind, Messages.text(language, "file-kind." + kind, kind)));
		texts.put("kinds", kinds);
		return texts;
	}

}
