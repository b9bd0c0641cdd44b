package com.osb.salesops.ordertocash.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.osb.salesops.ordertocash.documents.AttachmentKind;
import com.osb.salesops.ordertocash.documents.OrderDocuments;
import com.osb.salesops.ordertocash.documents.OrderFile;
import com.osb.salesops.shared.process.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.ORDER_NUMBER;

/**
 * Sets on a new order task the addresses its form links to: the order's newest contract,
 * shipping notice and invoice PDFs ({@code contractFileUrl},
 * {@code shippingNoticeFileUrl}, {@code invoiceFileUrl}), and for a task that needs a
 * file the upload page for it ({@code uploadPageUrl}), for the revision of a sent-back
 * order the page its lines are changed on ({@code revisePageUrl}), for the warehouse's
 * check where the goods go ({@code deliveryText}); each only when the task's form shows
 * it. The order's files are read once for all three, oldest first, so the newest of each
 * kind wins, and not at all when the form links to none of them.
 */
class OrderDocumentLinksListener implements TaskListener {

	/** The tasks whose person uploads a file, and which file. */
	static final Map<String, AttachmentKind> UPLOADS = Map.of("Task_RecordSignedContract",
			AttachmentKind.SIGNED_CONTRACT, "Task_ConfirmDelivery", AttachmentKind.DELIVERY_RECEIPT,
			"Task_CollectInvoicingDetails", AttachmentKind.INVOICING_DETAILS);

	private static final Map<String, String> LINKS = Map.of("CONTRACT", "contractFileUrl", "SHIPPING_NOTICE",
			"shippingNoticeFileUrl", "INVOICE", "invoiceFileUrl");

	private static final String UPLOAD_PAGE = "uploadPageUrl";

	/** The task whose rep changes the order's lines, on the order's revise page. */
	private static final String REVISE_TASK = "Task_ReviseOrder";

	private static final String REVISE_PAGE = "revisePageUrl";

	/** Where the goods go, in one line, for the warehouse's check. */
	private static final String DELIVERY = "deliveryText";

	/**
	 * The form texts it sets: links to the order's documents, its upload page and its
	 * revise page.
	 */
	static final Set<String> TEXTS = Stream
		.concat(LINKS.values().stream(), Stream.of(UPLOAD_PAGE, REVISE_PAGE, DELIVERY))
		.collect(Collectors.toUnmodifiableSet());

	private final OrderDocuments documents;

	OrderDocumentLinksListener(OrderDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void notify(DelegateTask task) {
		String orderNumber = ORDER_NUMBER.get(task);
		if (orderNumber == null) {
			return;
		}
		if (TaskForms.mentions(task, DELIVERY)) {
			task.setVariableLocal(DELIVERY, this.documents.deliveryText(orderNumber));
		}
		Map<String, String> shown = new HashMap<>();
		LINKS.forEach((kind, variable) -> {
			if (TaskForms.mentions(task, variable)) {
				shown.put(kind, variable);
			}
		});
		if (!shown.isEmpty()) {
			Map<String, String> newest = new HashMap<>();
			for (OrderFile file : this.documents.of(orderNumber)) {
				newest.put(file.kind(), file.url());
			}
			shown.forEach((kind, variable) -> {
				String url = newest.get(kind);
				if (url != null) {
					task.setVariableLocal(variable, url);
				}
			});
		}
		AttachmentKind upload = UPLOADS.get(task.getTaskDefinitionKey());
		if (upload != null && TaskForms.mentions(task, UPLOAD_PAGE)) {
			task.setVariableLocal(UPLOAD_PAGE, "/orders/" + orderNumber + "/uploads/"
					+ upload.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
		}
		if (REVISE_TASK.equals(task.getTaskDefinitionKey()) && TaskForms.mentions(task, REVISE_PAGE)) {
			task.setVariableLocal(REVISE_PAGE, "/orders/" + orderNumber + "/revise");
		}
	}

}
