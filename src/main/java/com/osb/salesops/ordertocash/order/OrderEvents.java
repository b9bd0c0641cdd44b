package com.osb.salesops.ordertocash.order;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.integration.finance.Finance;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.ForbiddenException;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events about an order from outside its tasks: a payment received, a management
 * exception to ship before payment, a dispatch or delivery reported by the warehouse, a
 * cancellation. Each is accepted only from the role it belongs to and only while the
 * order can take it; otherwise the answer says why, and nothing changes. An event that
 * carries an {@code eventId} takes effect once, however often it is sent. An event that
 * arrives while the step it follows is still being committed is kept and applied as soon
 * as the order waits for it ({@link EarlyEvents}).
 */
@Service
public class OrderEvents {

	/** The roles allowed to report each event. */
	private static final Map<String, List<String>> SENDERS = Map.of("PAYMENT_RECEIVED", List.of(Roles.FINANCE),
			"SHIPMENT_EXCEPTION", List.of(Roles.GENERAL_MANAGER), "DISPATCHED", List.of(Roles.WAREHOUSE), "DELIVERED",
			List.of(Roles.WAREHOUSE, Roles.SALES_REP), "CANCELLED", List.of(Roles.SALES_REP, Roles.SALES_MANAGER));

	/** The states in which an order takes no event at all. */
	private static final List<String> CLOSED = List.of("CANCELLED", "REJECTED");

	private final Orders orders;

	private final OrderFlow flow;

	private final Finance finance;

	private final AuditLog audit;

	private final ProcessedEvents processed;

	private final EarlyEvents early;

	OrderEvents(Orders orders, OrderFlow flow, Finance finance, AuditLog audit, ProcessedEvents processed,
			EarlyEvents early) {
		this.orders = orders;
		this.flow = flow;
		this.finance = finance;
		this.audit = audit;
		this.processed = processed;
		this.early = early;
	}

	@Transactional
	public Map<String, Object> receive(String number, OrderEventRequest event, String user, List<String> roles) {
		Map<String, Object> head = this.orders.head(number)
			.filter(OrderScope.of(user, roles)::includes)
			.orElseThrow(() -> NotFoundException.of("no-such-order", "There is no order {0}", number));
		String type = event.type();
		List<String> senders = SENDERS.get(type);
		if (!roles.contains(Roles.ADMIN) && senders.stream().noneMatch(roles::contains)) {
			throw ForbiddenException.of("event-sender-only", "{0} can be reported by {1} only", type,
					Roles.inLanguage(senders));
		}
		if (CLOSED.contains(String.valueOf(head.get("status")))) {
			throw InvalidRequestException.of(HttpStatus.CONFLICT, "order-closed",
					"Order {0} is {1} and waits for no event; nothing was changed", List.of(), number,
					Orders.stateText(head.get("status")));
		}
		long orderId = ((Number) head.get("id")).longValue();
		String eventId = event.eventId();
		if (eventId != null && this.processed.seen(orderId, eventId)) {
			return Map.of("order", number, "event", type, "eventId", eventId, "duplicate", true);
		}
		Map<String, Object> variables = variables(number, event);
		boolean delivered = this.flow.deliver(number, type, variables);
		if (!delivered && !"PAYMENT_RECEIVED".equals(type) && this.flow.moving(number)) {
			// The step after which the order waits for this event is being committed (on
			// this node or another): the event is kept and applied once the order waits
			this.early.keep(orderId, event, variables, user);
			this.audit.record(user, "EVENT_" + type + "_KEPT", "order", number, null, event.given().toString());
			if (eventId != null) {
				this.processed.record(orderId, eventId, type);
				return Map.of("order", number, "event", type, "eventId", eventId, "delivered", false, "kept", true,
						"duplicate", false);
			}
			return Map.of("order", number, "event", type, "delivered", false, "kept", true);
		}
		if (!delivered && !"PAYMENT_RECEIVED".equals(type)) {
			throw InvalidRequestException.of(HttpStatus.CONFLICT, "order-not-waiting",
					"Order {0} ({1}) does not wait for {2} now; nothing was changed", List.of(), number,
					Orders.stateText(head.get("status")), type);
		}
		this.audit.record(user, "EVENT_" + type, "order", number, null, event.given().toString());
		if (eventId == null) {
			return Map.of("order", number, "event", type, "delivered", delivered);
		}
		this.processed.record(orderId, eventId, type);
		return Map.of("order", number, "event", type, "eventId", eventId, "delivered", delivered, "duplicate", false);
	}

	private Map<String, Object> variables(String number, OrderEventRequest event) {
		Map<String, Object> variables = new HashMap<>();
		switch (event.type()) {
			case "PAYMENT_RECEIVED" -> {
				this.finance.confirmPayment(number, event.amount(), event.reference());
				variables.put("fullyPaid",
						this.finance.paidAmount(number).compareTo(this.orders.summary(number).total()) >= 0);
			}
			case "DISPATCHED" -> {
				variables.put("carrier", event.carrier());
				variables.put("trackingNumber", event.trackingNumber());
			}
			case "CANCELLED" -> {
				variables.put("cancelReason", event.reason());
			}
			default -> {
			}
		}
		return variables;
	}

}
