package com.osb.salesops.ordertocash.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.ordertocash.documents.AttachmentKind;
import com.osb.salesops.ordertocash.documents.OrderAttachments;
import com.osb.salesops.ordertocash.documents.OrderDocuments;
import com.osb.salesops.ordertocash.documents.OrderFile;
import com.osb.salesops.ordertocash.order.OrderScope;
import com.osb.salesops.ordertocash.order.OrderViews;
import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * An order's files over HTTP: the list of the documents made and the files uploaded, with
 * who and when; each file's download; and the upload of a signed contract, a delivery
 * receipt or the customer's invoicing details ({@code multipart/form-data}, part
 * {@code file}). Everyone who sees the order reads its files; another's order, and so its
 * files, does not exist for them.
 */
@RestController
class OrderFilesController {

	private static final List<String> READERS = List.of(Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.FINANCE, Roles.WAREHOUSE, Roles.SALES_OPS);

	private final OrderDocuments documents;

	private final OrderAttachments attachments;

	private final OrderViews views;

	private final CurrentUser currentUser;

	OrderFilesController(OrderDocuments documents, OrderAttachments attachments, OrderViews views,
			CurrentUser currentUser) {
		this.documents = documents;
		this.attachments = attachments;
		this.views = views;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/orders/{number}/files")
	List<OrderFile> list(@PathVariable String number) {
		this.currentUser.requireAnyRole(READERS);
		this.views.requireVisible(number, scope());
		return this.documents.of(number);
	}

	@GetMapping("/api/orders/{number}/files/{id}")
	ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
		this.currentUser.requireAnyRole(READERS);
		this.views.requireVisible(number, scope());
		GeneratedDocument file = this.documents.content(number, id)
			.orElseThrow(() -> NotFoundException.of("no-such-order-file", "Order {0} has no file {1}", number, id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-SHA256", file.sha256())
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

	@PostMapping(path = "/api/orders/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<OrderFile> upload(@PathVariable String number, @RequestParam(required = false) String kind,
			@RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
		AttachmentKind attachmentKind = kind(kind);
		if (file == null) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "no-file", "No file was sent",
					List.of(FieldError.of("file", "multipart-file", "send the file as the multipart part named file")));
		}
		OrderFile stored = this.attachments.upload(number, attachmentKind, file.getOriginalFilename(), file.getBytes(),
				this.currentUser.id(), this.currentUser.roles());
		return ResponseEntity.created(URI.create(stored.url())).body(stored);
	}

	private static AttachmentKind kind(String kind) {
		try {
			return AttachmentKind.valueOf(String.valueOf(kind).toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-attachment-kind",
					"Unknown kind of attachment", List.of(FieldError.of("kind", "attachment-kind",
							"must be one of SIGNED_CONTRACT, DELIVERY_RECEIPT, INVOICING_DETAILS")));
		}
	}

	private OrderScope scope() {
		return OrderScope.of(this.currentUser.id(), this.currentUser.roles());
	}

}
