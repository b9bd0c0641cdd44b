package com.osb.salesops.ordertocash.order;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes sales orders: validates them, stores them with a new order number and starts
 * their flow, all in one transaction, so that a refused order leaves nothing behind.
 */
@Service
public class OrderService {

	/** What an order's submission and revision record, in the English of record. */
	private static final String LINES = "{0} line(s), total {1} CNY";

	private final OrderValidation validation;

	private final Orders orders;

	private final DocumentNumbers numbers;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final OrderFlow flow;

	OrderService(OrderValidation validation, Orders orders, DocumentNumbers numbers, BusinessClock clock,
			AuditLog audit, OrderFlow flow) {
		this.validation = validation;
		this.orders = orders;
		this.numbers = numbers;
		this.clock = clock;
		this.audit = audit;
		this.flow = flow;
	}

	/**
	 * @param request the order as the client sent it
	 * @param submittedBy the user submitting it
	 * @param ownCustomersOnly whether the user may order only for their own customers
	 * @return the new order number
	 */
	@Transactional
	public String submit(OrderRequest request, String submittedBy, boolean ownCustomersOnly) {
		OrderSubmission order = this.validation.validate(request, ownCustomersOnly ? submittedBy : null);
		String number = this.numbers.next(DocumentType.SALES_ORDER);
		this.orders.insert(number, order, submittedBy, this.clock.today());
		this.audit.record(submittedBy, "ORDER_SUBMITTED", "order", number, null, Messages.text(Locale.ENGLISH,
				"audit-detail.ORDER_SUBMITTED", LINES, order.lines().size(), order.total().toPlainString()));
		this.orders.processInstance(number, this.flow.start(number));
		return number;
	}

	/**
	 * Replaces the lines of an order its rep was asked to revise; the flow then checks
	 * credit and approval again.
	 */
	@Transactional
	public void revise(String number, OrderRequest request, String revisedBy, boolean ownCustomersOnly) {
		Map<String, Object> head = this.orders.head(number)
			.filter((row) -> !ownCustomersOnly || revisedBy.equals(row.get("rep_user_id")))
			.orElseThrow(() -> NotFoundException.of("no-such-order", "There is no order {0}", number));
		if (!this.flow.awaitingRevision(number)) {
			throw InvalidRequestException.of(HttpStatus.CONFLICT, "order-not-sent-back",
					"Order {0} ({1}) was not sent back for revision", List.of(), number,
					Orders.stateText(head.get("status")));
		}
		OrderSubmission order = this.validation.validate(request, ownCustomersOnly ? revisedBy : null);
		if (order.customerId() != ((Number) head.get("customer_id")).longValue()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "revision-keeps-customer",
					"A revision keeps the customer",
					List.of(FieldError.of("customerCode", "must-stay", "must stay {0}", head.get("customer_code"))));
		}
		this.orders.replaceLines(number, order);
		this.audit.record(revisedBy, "ORDER_REVISED", "order", number, null, Messages.text(Locale.ENGLISH,
				"audit-detail.ORDER_REVISED", LINES, order.lines().size(), order.total().toPlainString()));
	}

}
