package com.osb.salesops.ordertocash.order;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.ordertocash.documents.OrderDocuments;
import com.osb.salesops.returns.ReturnViews;
import com.osb.salesops.shared.audit.AuditTexts;
import com.osb.salesops.shared.process.PaymentTermsText;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order as its readers see it: state, amounts, lines, documents (their numbers, and
 * the files made and uploaded, with who and when), returns, the timeline of who did what
 * and when, with the reasons given, and the decisions the rules made, each with the
 * version of the table that made it.
 */
@Service
public class OrderViews {

	private final Orders orders;

	private final ReturnViews returns;

	private final OrderDecisions decisions;

	private final BusinessClock clock;

	private final OrderPayments payments;

	private final OrderDocuments files;

	private final AuditTexts audit;

	private final UserAccounts people;

	OrderViews(Orders orders, ReturnViews returns, OrderDecisions decisions, BusinessClock clock,
			OrderPayments payments, OrderDocuments files, AuditTexts audit, UserAccounts people) {
		this.audit = audit;
		this.people = people;
		this.files = files;
		this.orders = orders;
		this.payments = payments;
		this.returns = returns;
		this.decisions = decisions;
		this.clock = clock;
	}

	/** Refuses, as if it did not exist, an order outside what the reader may see. */
	public void requireVisible(String number, OrderScope scope) {
		this.orders.head(number)
			.filter(scope::includes)
			.orElseThrow(() -> NotFoundException.of("no-such-order", "There is no order {0}", number));
	}

	/**
	 * The order as the reader may see it, read in one transaction: its head, lines,
	 * documents, files, returns, timeline and decisions as they stood together.
	 * @param scope the orders the reader may see: any other is reported as not found
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> view(String number, OrderScope scope) {
		Map<String, Object> head = this.orders.head(number)
			.filter(scope::includes)
			.orElseThrow(() -> NotFoundException.of("no-such-order", "There is no order {0}", number));
		long id = ((Number) head.get("id")).longValue();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("number", number);
		view.put("status", head.get("status"));
		view.put("statusText", Orders.stateText(head.get("status")));
		view.put("customerCode", head.get("customer_code"));
		view.put("customerName", head.get("customer_name"));
		view.put("rep", head.get("rep_id"));
		view.put("repName", head.get("rep_name"));
		view.put("orderDate", String.valueOf(head.get("order_date")));
		view.put("requestedDate",
				(head.get("requested_date") != null) ? String.valueOf(head.get("requested_date")) : null);
		view.put("channel", head.get("channel"));
		view.put("delivery", delivery(head));
		view.put("currency", head.get("currency"));
		view.put("total", head.get("total_amount"));
		view.put("maxDiscountPercent", head.get("max_discount_percent"));
		view.put("creditResult", head.get("credit_result"));
		view.put("creditResultText", (head.get("credit_result") != null)
				? Messages.text("credit-result." + head.get("credit_result"), (String) head.get("credit_result"))
				: null);
		view.put("paymentTerms", head.get("payment_terms"));
		view.put("paymentTermsText",
				PaymentTermsText.of((String) head.get("payment_terms"), LocaleContextHolder.getLocale()));
		BigDecimal paid = this.payments.paid(number);
		view.put("paid", paid);
		view.put("unpaidBalance", ((BigDecimal) head.get("total_amount")).subtract(paid).max(BigDecimal.ZERO));
		view.put("shippedBeforePayment", Boolean.TRUE.equals(head.get("shipment_exception")));
		view.put("cancelReason", head.get("cancel_reason"));
		view.put("lines", this.orders.lines(id).stream().map(this::camelCase).toList());
		view.put("documents", documents(id, number));
		view.put("returns", this.returns.ofOrder(number));
		Map<String, String> names = new HashMap<>();
		view.put("timeline",
				this.orders.timeline(number)
					.stream()
					.map(this::camelCase)
					.map((entry) -> readable(entry, names))
					.toList());
		view.put("decisions", this.decisions.of(number));
		return view;
	}

	/**
	 * Where the goods go, as the order was taken with it; null when it has no address.
	 */
	private static Map<String, Object> delivery(Map<String, Object> head) {
		if (head.get("delivery_address") == null) {
			return null;
		}
		Map<String, Object> delivery = new LinkedHashMap<>();
		delivery.put("address", head.get("delivery_address"));
		delivery.put("receivingContact", head.get("receiving_contact"));
		delivery.put("receivingPhone", head.get("receiving_phone"));
		delivery.put("unloadingHours", head.get("unloading_hours"));
		delivery.put("preferredCarrier", head.get("preferred_carrier"));
		return delivery;
	}

	private Map<String, Object> documents(long id, String number) {
		Map<String, Object> documents = new LinkedHashMap<>();
		documents.put("contracts", this.orders.documentNumbers("contract", id));
		documents.put("shippingNotices", this.orders.documentNumbers("shipment", id));
		documents.put("invoices", this.orders.documentNumbers("invoice", id));
		documents.put("paymentReceipts", this.orders.documentNumbers("payment", id));
		Map<String, Object> remote = new LinkedHashMap<>();
		remote.put("shippingNotices", this.orders.remoteReferences("shipment", id));
		remote.put("invoices", this.orders.remoteReferences("invoice", id));
		documents.put("remoteReferences", remote);
		documents.put("files", this.files.of(number));
		return documents;
	}

	/**
	 * A timeline entry with what it records in the reader's language next to it:
	 * {@code actionText} and {@code detailText}, and who did it as people know them
	 * ({@code actorName}).
	 * @param names the names already looked up, by user id
	 */
	private Map<String, Object> readable(Map<String, Object> entry, Map<String, String> names) {
		entry.put("actorName", name((String) entry.get("actor"), names));
		entry.put("actionText", this.audit.action((String) entry.get("action")));
		entry.put("detailText", this.audit.detail((String) entry.get("action"), (String) entry.get("detail")));
		return entry;
	}

	/**
	 * The name of the person who did a step, as people know them, where their user has
	 * one; none for the system's own steps.
	 */
	private String name(String actor, Map<String, String> known) {
		if (actor == null || "system".equals(actor)) {
			return null;
		}
		String shown = known.computeIfAbsent(actor,
				(userId) -> this.people.shownName(userId, LocaleContextHolder.getLocale()));
		return shown.equals(actor) ? null : shown;
	}

	/**
	 * The row with camel-case names; moments in the business time zone with its offset.
	 */
	private Map<String, Object> camelCase(Map<String, Object> row) {
		Map<String, Object> result = new LinkedHashMap<>();
		row.forEach((column, value) -> {
			StringBuilder name = new StringBuilder();
			boolean upper = false;
			for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
				if (c == '_') {
					upper = true;
				}
				else {
					name.append(upper ? Character.toUpperCase(c) : c);
					upper = false;
				}
			}
			result.put(name.toString(), (value instanceof java.sql.Timestamp time) ? this.clock.iso(time.toInstant())
					: (value instanceof java.sql.Date date) ? date.toString() : value);
		});
		return result;
	}

}
