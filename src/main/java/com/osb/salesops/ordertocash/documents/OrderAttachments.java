package com.osb.salesops.ordertocash.documents;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.osb.salesops.ordertocash.order.OrderScope;
import com.osb.salesops.ordertocash.order.OrderViews;
import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.documents.FileSniffer;
import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.ForbiddenException;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files people upload to an order: the signed contract's scan, the delivery receipt,
 * the customer's invoicing details. A file is a PDF, PNG or JPEG, told by its first bytes
 * whatever its name or declared type, no larger than
 * {@code salesops.documents.max-attachment-size}; anything else is refused and nothing is
 * kept. Only the roles whose tasks need a file upload it, and only to an order they see.
 */
@Service
public class OrderAttachments {

	private static final int MAX_NAME = 200;

	private final OrderViews views;

	private final OrderFiles files;

	private final AuditLog audit;

	private final BusinessClock clock;

	private final long maxSize;

	OrderAttachments(OrderViews views, OrderFiles files, AuditLog audit, BusinessClock clock,
			SalesOpsProperties properties) {
		this.views = views;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
		this.maxSize = properties.documents().maxAttachmentSize().toBytes();
	}

	@Transactional
	public OrderFile upload(String orderNumber, AttachmentKind kind, String fileName, byte[] content, String userId,
			List<String> roles) {
		this.views.requireVisible(orderNumber, OrderScope.of(userId, roles));
		if (!roles.contains(Roles.ADMIN) && kind.uploaders().stream().noneMatch(roles::contains)) {
			throw ForbiddenException.of("upload-role-needed", "Uploading {0} needs one of the roles {1}",
					kind.inWords(), Roles.inLanguage(kind.uploaders()));
		}
		if (content.length == 0) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "attachment-empty", "The file is empty",
					List.of(FieldError.of("file", "attachment-empty", "must not be empty")));
		}
		if (content.length > this.maxSize) {
			throw InvalidRequestException.of(HttpStatus.PAYLOAD_TOO_LARGE, "attachment-too-large",
					"The file is larger than {0} bytes", List.of(FieldError.of("file", "attachment-too-large",
							"must be at most {0} bytes, was {1}", this.maxSize, content.length)),
					this.maxSize);
		}
		Optional<String> type = FileSniffer.contentType(content);
		if (type.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "attachment-type",
					"The file is not a PDF, PNG or JPEG file", List.of(FieldError.of("file", "attachment-type",
							"must be a PDF, PNG or JPEG file (a scan or a photo of the paper)")));
		}
		String name = name(fileName, kind, orderNumber, type.get());
		GeneratedDocument file = new GeneratedDocument(name, type.get(), content, GeneratedDocument.sha256(content));
		long id = this.files.insert(orderNumber, kind.name(), null, file, userId, this.clock.timestamp());
		this.audit.record(userId, "ATTACHMENT_UPLOADED", "order", orderNumber, null,
				Messages.text(Locale.ENGLISH, "audit-detail.ATTACHMENT_UPLOADED",
						"{0} {1} ({2}, {3} bytes), sha256 {4}", kind.name(), name, type.get(), content.length,
						file.sha256()));
		return this.files.of(orderNumber).stream().filter((stored) -> stored.id() == id).findFirst().orElseThrow();
	}

	/** Whether the order has a file of that kind. */
	public boolean has(String orderNumber, AttachmentKind kind) {
		return this.files.has(orderNumber, kind.name());
	}

	/**
	 * The name a file keeps: the sender's, without folders, or one made from the order.
	 */
	private static String name(String fileName, AttachmentKind kind, String orderNumber, String type) {
		String name = (fileName != null) ? fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip()
				: "";
		if (name.isEmpty()) {
			name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-" + orderNumber
					+ FileSniffer.extension(type);
		}
		return (name.length() > MAX_NAME) ? name.substring(name.length() - MAX_NAME) : name;
	}

}
