package com.osb.salesops.ordertocash.process;

import java.util.Locale;
import java.util.Map;

import com.osb.salesops.ordertocash.documents.AttachmentKind;
import com.osb.salesops.ordertocash.documents.OrderAttachments;
import com.osb.salesops.shared.process.TaskCompletionCheck;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.ORDER_NUMBER;

/**
 * A task that records a paper (the signed contract, the delivery) completes only once the
 * paper's scan is uploaded to the order: otherwise the person is told what to upload and
 * where, and the task stays open.
 */
@Component
class RequireAttachmentCheck implements TaskCompletionCheck {

	/** The tasks that need a file, and which file. */
	static final Map<String, AttachmentKind> REQUIRED = Map.of("Task_RecordSignedContract",
			AttachmentKind.SIGNED_CONTRACT, "Task_ConfirmDelivery", AttachmentKind.DELIVERY_RECEIPT);

	private final OrderAttachments attachments;

	RequireAttachmentCheck(OrderAttachments attachments) {
		this.attachments = attachments;
	}

	@Override
	public void check(DelegateTask task) {
		AttachmentKind kind = REQUIRED.get(task.getTaskDefinitionKey());
		if (kind == null) {
			return;
		}
		String orderNumber = ORDER_NUMBER.get(task);
		if (orderNumber != null && !this.attachments.has(orderNumber, kind)) {
			throw new FormFieldValidationException("uploadPageUrl",
					Messages.text("field.form-upload-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'),
							"Upload " + kind.words().replace("'", "''")
									+ " of order {0} first (a PDF, PNG or JPEG scan, with the link on"
									+ " this form), then complete the task",
							orderNumber));
		}
	}

}
