package com.osb.salesops.ordertocash.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.osb.salesops.ordertocash.documents.AttachmentKind;
import com.osb.salesops.shared.security.WebappSession;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page a Tasklist form links to for the file its task needs (the signed contract, the
 * delivery receipt, the invoicing details): it uploads to {@code POST
 * /api/orders/{number}/attachments} with the webapps' session and their CSRF token, so
 * the same role and order rules apply as to any upload, and a page of another site cannot
 * upload in the person's name.
 */
@Controller
class UploadPageController {

	private static final String PAGE = "orders/upload.html";

	private final WebappSession session;

	UploadPageController(WebappSession session) {
		this.session = session;
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
		boolean loggedIn = this.session.userId(request).isPresent();
		String html = new ClassPathResource(PAGE).getContentAsString(StandardCharsets.UTF_8)
			.replace("{{csrfToken}}", this.session.csrfToken(request))
			.replace("{{orderNumber}}", order)
			.replace("{{kind}}", attachment.name())
			.replace("{{what}}", attachment.words())
			.replace("{{loggedIn}}", String.valueOf(loggedIn));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

}
