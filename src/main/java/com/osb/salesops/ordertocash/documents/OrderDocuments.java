package com.osb.salesops.ordertocash.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.osb.salesops.ordertocash.order.Orders;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.documents.DocumentRenderer;
import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents an order's flow makes from the templates in {@code documents/}: the sales
 * contract when it is drafted, the shipping notice when it is issued, the invoice when it
 * is issued. Each is kept with the order under its document number, and its SHA-256 goes
 * into the audit trail.
 */
@Service
public class OrderDocuments {

	private static final Pattern NET = Pattern.compile("NET(\\d+)");

	/**
	 * What a document says for an order whose customer's file had no delivery address.
	 */
	private static final String NO_DELIVERY_ADDRESS = "见客户档案 see the customer's file";

	private final Orders orders;

	private final DocumentRenderer renderer;

	private final OrderFiles files;

	private final AuditLog audit;

	private final BusinessClock clock;

	OrderDocuments(Orders orders, DocumentRenderer renderer, OrderFiles files, AuditLog audit, BusinessClock clock) {
		this.orders = orders;
		this.renderer = renderer;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public GeneratedDocument contract(String orderNumber, String contractNumber) {
		Map<String, String> values = values(orderNumber);
		values.put("contractNumber", contractNumber);
		return make(orderNumber, "CONTRACT", contractNumber, "sales-contract", values);
	}

	@Transactional
	public GeneratedDocument shippingNotice(String orderNumber, String noticeNumber) {
		Map<String, String> values = values(orderNumber);
		values.put("noticeNumber", noticeNumber);
		return make(orderNumber, "SHIPPING_NOTICE", noticeNumber, "shipping-notice", values);
	}

	@Transactional
	public GeneratedDocument invoice(String orderNumber, String invoiceNumber) {
		Map<String, String> values = values(orderNumber);
		values.put("invoiceNumber", invoiceNumber);
		Matcher net = NET.matcher(values.get("paymentTermsCode"));
		LocalDate today = this.clock.today();
		values.put("dueDate", String.valueOf(net.matches() ? today.plusDays(Long.parseLong(net.group(1))) : today));
		return make(orderNumber, "INVOICE", invoiceNumber, "invoice", values);
	}

	/**
	 * Where the order's goods go, in one line: address, receiving contact, phone and
	 * unloading hours, as the order was taken; empty when it has no delivery address.
	 */
	public String deliveryText(String orderNumber) {
		Map<String, Object> head = this.orders.head(orderNumber).orElse(Map.of());
		return Stream.of("delivery_address", "receiving_contact", "receiving_phone", "unloading_hours")
			.map((column) -> text(head.get(column)).strip())
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining(" · "));
	}

	/** The order's made and uploaded files, oldest first. */
	public List<OrderFile> of(String orderNumber) {
		return this.files.of(orderNumber);
	}

	/** The newest file of that kind the order has. */
	public Optional<OrderFile> latest(String orderNumber, String kind) {
		List<OrderFile> all = this.files.of(orderNumber);
		for (int index = all.size() - 1; index >= 0; index--) {
			if (all.get(index).kind().equals(kind)) {
				return Optional.of(all.get(index));
			}
		}
		return Optional.empty();
	}

	/** A file's bytes; empty when the order has no file of that id. */
	public Optional<GeneratedDocument> content(String orderNumber, long id) {
		return this.files.content(orderNumber, id);
	}

	private GeneratedDocument make(String orderNumber, String kind, String number, String template,
			Map<String, String> values) {
		GeneratedDocument document = this.renderer.render(template, number + ".pdf", values,
				Map.of("lines", lines(orderNumber)), this.clock.now());
		this.files.insert(orderNumber, kind, number, document, "system", this.clock.timestamp());
		this.audit.record(null, "DOCUMENT_MADE", "order", orderNumber, null,
				Messages.text(Locale.ENGLISH, "audit-detail.DOCUMENT_MADE", "{0} {1} from template {2}, sha256 {3}",
						kind, number, template, document.sha256()));
		return document;
	}

	private Map<String, String> values(String orderNumber) {
		Map<String, Object> head = this.orders.head(orderNumber)
			.orElseThrow(() -> new IllegalArgumentException("There is no order " + orderNumber));
		long id = ((Number) head.get("id")).longValue();
		List<String> contracts = this.orders.documentNumbers("contract", id);
		String terms = (head.get("payment_terms") != null) ? head.get("payment_terms").toString() : "";
		Map<String, String> values = new LinkedHashMap<>();
		values.put("orderNumber", orderNumber);
		values.put("issueDate", this.clock.today().toString());
		values.put("contractNumber", contracts.isEmpty() ? "" : contracts.get(contracts.size() - 1));
		values.put("customerName", text(head.get("customer_name")));
		values.put("customerCode", text(head.get("customer_code")));
		values.put("repName", text(head.get("rep_name")));
		values.put("currency", text(head.get("currency")));
		values.put("total", MoneyText.figure((BigDecimal) head.get("total_amount")));
		values.put("maxDiscount", percent((BigDecimal) head.get("max_discount_percent")));
		values.put("paymentTermsCode", terms);
		values.put("paymentTerms", PaymentTermsText.of(terms));
		values.put("requestedDate", (head.get("requested_date") != null) ? head.get("requested_date").toString()
				: "双方约定日期 the agreed date");
		values.put("invoiceAddress", text(head.get("invoice_address")));
		values.put("deliveryAddress",
				(head.get("delivery_address") != null) ? text(head.get("delivery_address")) : NO_DELIVERY_ADDRESS);
		values.put("receivingContact", text(head.get("receiving_contact")));
		values.put("receivingPhone", text(head.get("receiving_phone")));
		values.put("unloadingHours", text(head.get("unloading_hours")));
		values.put("preferredCarrier", text(head.get("preferred_carrier")));
		values
			.put("deliveryPlace",
					(head.get("delivery_address") != null) ? text(head.get("delivery_address"))
							+ "（收货人 Receiving contact: " + text(head.get("receiving_contact")) + "）"
							: NO_DELIVERY_ADDRESS);
		values.put("taxNumber", text(head.get("tax_number")));
		return values;
	}

	private List<Map<String, String>> lines(String orderNumber) {
		long id = ((Number) this.orders.head(orderNumber).orElseThrow().get("id")).longValue();
		List<Map<String, String>> lines = new ArrayList<>();
		for (Map<String, Object> line : this.orders.lines(id)) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("line", text(line.get("line_no")));
			row.put("sku", text(line.get("sku")));
			row.put("product", text(line.get("name")));
			row.put("quantity", text(line.get("quantity")));
			row.put("unitPrice", MoneyText.figure((BigDecimal) line.get("unit_price")));
			row.put("discount", percent((BigDecimal) line.get("discount_percent")));
			row.put("amount", MoneyText.figure((BigDecimal) line.get("line_amount")));
			lines.add(row);
		}
		return lines;
	}

	private static String percent(BigDecimal value) {
		return (value == null) ? "0%" : value.stripTrailingZeros().toPlainString() + "%";
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

}
