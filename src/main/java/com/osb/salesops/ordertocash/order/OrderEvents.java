package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.integration.finance.Finance;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.ForbiddenException;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;
import com.osb.salesops.shared.web.RequestFields;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events about an order from outside its tasks: a payment received, a management
 * exception to ship before payment, a dispatch or delivery reported by the warehouse, a
 * cancellation. Each is accepted only from the role it belongs to and only while the
 * order can take it; otherwise the answer says why, and nothing changes. An event that
 * carries an {@code eventId} takes effect once, however often it is sent.
 */
@Service
public class OrderEvents {

	/** The roles allowed to report each event. */
	private static final Map<String, List<String>> SENDERS = Map.of("PAYMENT_RECEIVED", List.of(Roles.FINANCE),
			"SHIPMENT_EXCEPTION", List.of(Roles.GENERAL_MANAGER), "DISPATCHED", List.of(Roles.WAREHOUSE), "DELIVERED",
			List.of(Roles.WAREHOUSE, Roles.SALES_REP), "CANCELLED", List.of(Roles.SALES_REP, Roles.SALES_MANAGER));

	private static final int MAX_EVENT_ID = 100;

	/** The states in which an order takes no event at all. */
	private static final List<String> CLOSED = List.of("CANCELLED", "REJECTED");

	private final Orders orders;

	private final OrderFlow flow;

	private final Finance finance;

	private final AuditLog audit;

	private final ProcessedEvents processed;

	OrderEvents(Orders orders, OrderFlow flow, Finance finance, AuditLog audit, ProcessedEvents processed) {
		this.orders = orders;
		this.flow = flow;
		this.finance = finance;
		this.audit = audit;
		this.processed = processed;
	}

	@Transactional
	public Map<String, Object> receive(String number, Map<String, Object> body, String user, List<String> roles) {
		Map<String, Object> head = this.orders.head(number)
			.filter(OrderScope.of(user, roles)::includes)
			.orElseThrow(() -> new NotFoundException("There is no order " + number));
		RequestFields fields = new RequestFields(body);
		String type = fields.text("type");
		fields.throwIfInvalid();
		List<String> senders = SENDERS.get(type);
		if (senders == null) {
			throw invalid("type", "must be one of " + String.join(", ", SENDERS.keySet()));
		}
		if (!roles.contains(Roles.ADMIN) && senders.stream().noneMatch(roles::contains)) {
			throw new ForbiddenException(type + " can be reported by " + String.join(", ", senders) + " only");
		}
		if (CLOSED.contains(String.valueOf(head.get("status")))) {
			throw new InvalidRequestException(HttpStatus.CONFLICT, "Order " + number + " is "
					+ String.valueOf(head.get("status")).toLowerCase() + " and waits for no event; nothing was changed",
					List.of());
		}
		long orderId = ((Number) head.get("id")).longValue();
		String eventId = fields.optionalText("eventId");
		if (eventId != null && (eventId.isBlank() || eventId.length() > MAX_EVENT_ID)) {
			fields.addError("eventId", "must be 1 to " + MAX_EVENT_ID + " characters");
		}
		fields.throwIfInvalid();
		if (eventId != null && this.processed.seen(orderId, eventId)) {
			return Map.of("order", number, "event", type, "eventId", eventId, "duplicate", true);
		}
		Map<String, Object> variables = variables(number, type, fields);
		boolean delivered = this.flow.deliver(number, type, variables);
		if (!delivered && !"PAYMENT_RECEIVED".equals(type)) {
			throw new InvalidRequestException(HttpStatus.CONFLICT, "Order " + number + " (" + head.get("status")
					+ ") does not wait for " + type + " now; nothing was changed", List.of());
		}
		this.audit.record(user, "EVENT_" + type, "order", number, null, String.valueOf(body));
		if (eventId == null) {
			return Map.of("order", number, "event", type, "delivered", delivered);
		}
		this.processed.record(orderId, eventId, type);
		return Map.of("order", number, "event", type, "eventId", eventId, "delivered", delivered, "duplicate", false);
	}

	private Map<String, Object> variables(String number, String type, RequestFields fields) {
		Map<String, Object> variables = new HashMap<>();
		switch (type) {
			case "PAYMENT_RECEIVED" -> {
				BigDecimal amount = fields.decimal("amount", new BigDecimal("0.01"));
				String reference = fields.text("reference");
				fields.throwIfInvalid();
				this.finance.confirmPayment(number, amount, reference);
				variables.put("fullyPaid",
						this.finance.paidAmount(number).compareTo(this.orders.summary(number).total()) >= 0);
			}
			case "DISPATCHED" -> {
				variables.put("carrier", fields.text("carrier"));
				variables.put("trackingNumber", fields.text("trackingNumber"));
				fields.throwIfInvalid();
			}
			case "CANCELLED" -> {
				variables.put("cancelReason", fields.text("reason", 1000));
				fields.throwIfInvalid();
			}
			default -> {
			}
		}
		return variables;
	}

	private static InvalidRequestException invalid(String field, String message) {
		return new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "The event is not valid",
				List.of(new FieldError(field, message)));
	}

}
