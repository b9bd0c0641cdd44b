package com.osb.salesops.ordertocash.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.ordertocash.order.SalesChannel;
import com.osb.salesops.returns.ReturnReason;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.ProductPages;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages a rep enters orders on: a new order ({@code /orders/new}) and the revision of
 * an order an approver sent back ({@code /orders/{number}/revise}, which the revise
 * task's form links to). A page holds no data: its script reads the rep's customers and
 * the products from the API with the webapps' session, and submits to
 * {@code POST /api/orders} or {@code PUT /api/orders/{number}} with the session's CSRF
 * token, so the same roles, customers and checks apply as to any order, and every problem
 * the API names shows beside the order. The page reads in the language of the person's
 * profile, else of their browser, else the company's: its texts are
 * {@code page.order.<key>} of the message bundles.
 */
@Controller
class OrderPageController {

	private static final String PAGE = "orders/order.html";

	/** The page that shows an order. */
	private static final String VIEW = "orders/view.html";

	/** The texts the order's own page shows, by the name its script knows them by. */
	private static final List<String> VIEW_TEXTS = List.of("money", "named", "file", "return", "decision", "none",
			"return-line", "return-requested", "not-sent", "sending", "line-field", "colon", "system", "not-yet",
			"separator", "not-loaded", "server-answered", "unreachable");

	/** The fields of a return requested, as the API names them in its problems. */
	private static final List<String> RETURN_FIELDS = List.of("orderNumber", "reason", "reasonText", "lines", "lineNo",
			"quantity");

	/** The facts of an order its page shows, by the name its script knows them by. */
	private static final List<String> FACTS = List.of("status", "customer", "rep", "orderDate", "requestedDate",
			"delivery", "total", "maxDiscount", "credit", "terms", "paid", "unpaid", "cancelReason");

	/** The texts the page's script shows, by the name it knows them by. */
	private static final List<String> SCRIPT_TEXTS = List.of("choose-customer", "choose-product", "remove-line",
			"sending", "submitted", "revised", "not-sent", "server-answered", "unreachable", "separator", "line-field",
			"no-customers", "open-tasklist", "open-order", "list-price", "in-stock", "not-loaded",
			"no-delivery-address");

	/** The fields of an order and of its lines, as the API names them in its problems. */
	private static final List<String> FIELDS = List.of("customerCode", "requestedDate", "channel", "deliveryAddress",
			"lines", "sku", "quantity", "unitPrice", "discountPercent");

	private final ProductPages pages;

	OrderPageController(ProductPages pages) {
		this.pages = pages;
	}

	@GetMapping("/orders/new")
	ResponseEntity<String> newOrder(HttpServletRequest request) throws IOException {
		return page(request, "new", "");
	}

	@GetMapping("/orders/{order}/revise")
	ResponseEntity<String> revise(@PathVariable String order, HttpServletRequest request) throws IOException {
		return page(request, "revise", ProductPages.orderNumber(order));
	}

	/**
	 * The order's own page: what the API shows the person of it, in their language. The
	 * scripts of the order pages beside it ({@code /orders/view.js}) are files, not
	 * orders.
	 */
	@GetMapping("/orders/{order:[A-Za-z0-9-]{1,24}}")
	ResponseEntity<String> view(@PathVariable String order, HttpServletRequest request) throws IOException {
		return page(request, "view", order);
	}

	private ResponseEntity<String> page(HttpServletRequest request, String mode, String order) throws IOException {
		Locale language = this.pages.language(request);
		return this.pages.page(request, "view".equals(mode) ? VIEW : PAGE, (in, key) -> pageText(in, mode, key, order),
				Map.of("orderNumber", order), "view".equals(mode) ? viewTexts(language) : scriptTexts(language));
	}

	/**
	 * A text of the page: the one of its kind ({@code page.order.new.<key>},
	 * {@code page.order.revise.<key>}, {@code page.order.view.<key>}), else the one they
	 * share.
	 */
	private static String pageText(Locale language, String mode, String key, Object... args) {
		String own = Messages.text(language, "page.order." + mode + "." + key, "", args);
		return own.isEmpty() ? text(language, key, args) : own;
	}

	private static String text(Locale language, String key, Object... args) {
		return Messages.text(language, "page.order." + key, key, args);
	}

	/**
	 * The script's texts as JSON, with their places ({@code {0}}) left for it to fill:
	 * its messages, the channels' names and the fields' names.
	 */
	private static Map<String, Object> scriptTexts(Locale language) {
		Map<String, Object> texts = new TreeMap<>();
		SCRIPT_TEXTS.forEach((key) -> texts.put(key, text(language, key)));
		Map<String, String> channels = new LinkedHashMap<>();
		for (SalesChannel channel : SalesChannel.values()) {
			channels.put(channel.name(), Messages.text(language, "channel." + channel.name(), channel.name()));
		}
		texts.put("channels", channels);
		Map<String, String> fields = new TreeMap<>();
		FIELDS.forEach((field) -> fields.put(field, text(language, "field." + field)));
		texts.put("fields", fields);
		return texts;
	}

	/**
	 * The texts of the order's own page as JSON, with their places left for its script to
	 * fill: its messages, the names of the order's facts and of the kinds of file.
	 */
	private static Map<String, Object> viewTexts(Locale language) {
		Map<String, Object> texts = new TreeMap<>();
		VIEW_TEXTS.forEach((key) -> texts.put(key, pageText(language, "view", key)));
		Map<String, String> facts = new TreeMap<>();
		FACTS.forEach((fact) -> facts.put(fact, text(language, "view.fact." + fact)));
		texts.put("facts", facts);
		Map<String, String> kinds = new TreeMap<>();
		UploadPageController.FILE_KINDS
			.forEach((kind) -> kinds.put(kind, Messages.text(language, "file-kind." + kind, kind)));
		texts.put("kinds", kinds);
		Map<String, String> reasons = new LinkedHashMap<>();
		for (ReturnReason reason : ReturnReason.values()) {
			reasons.put(reason.name(),
					Messages.text(language, "form-text.return-reason." + reason.name(), reason.text()));
		}
		texts.put("reasons", reasons);
		Map<String, String> fields = new TreeMap<>();
		RETURN_FIELDS.forEach((field) -> fields.put(field, pageText(language, "view", "field." + field)));
		texts.put("fields", fields);
		return texts;
	}

}
