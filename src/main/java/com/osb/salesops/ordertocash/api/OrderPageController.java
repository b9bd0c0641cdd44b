package com.osb.salesops.ordertocash.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.ordertocash.order.SalesChannel;
import com.osb.salesops.shared.language.UserLanguages;
import com.osb.salesops.shared.security.WebappSession;
import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

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
	private static final List<String> VIEW_TEXTS = List.of("money", "customer", "file", "return", "decision", "none",
			"system", "not-yet", "separator", "not-loaded", "server-answered", "unreachable");

	/** The facts of an order its page shows, by the name its script knows them by. */
	private static final List<String> FACTS = List.of("status", "customer", "rep", "orderDate", "requestedDate",
			"total", "maxDiscount", "credit", "terms", "paid", "unpaid", "cancelReason");

	/** Where the page takes a text of its language, as {@code {{t.heading}}}. */
	private static final Pattern TEXT = Pattern.compile("\\{\\{t\\.([a-z-]+)}}");

	/** The texts the page's script shows, by the name it knows them by. */
	private static final List<String> SCRIPT_TEXTS = List.of("choose-customer", "choose-product", "remove-line",
			"sending", "submitted", "revised", "not-sent", "server-answered", "unreachable", "separator", "line-field",
			"no-customers", "open-tasklist", "open-order", "list-price", "in-stock", "not-loaded");

	/** The fields of an order and of its lines, as the API names them in its problems. */
	private static final List<String> FIELDS = List.of("customerCode", "requestedDate", "channel", "lines", "sku",
			"quantity", "unitPrice", "discountPercent");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final WebappSession session;

	private final UserLanguages languages;

	OrderPageController(WebappSession session, UserLanguages languages) {
		this.session = session;
		this.languages = languages;
	}

	@GetMapping("/orders/new")
	ResponseEntity<String> newOrder(HttpServletRequest request) throws IOException {
		return page(request, "new", "");
	}

	@GetMapping("/orders/{order}/revise")
	ResponseEntity<String> revise(@PathVariable String order, HttpServletRequest request) throws IOException {
		return page(request, "revise", number(order));
	}

	/**
	 * The order's own page: what the API shows the person of it, in their language. The
	 * scripts of the order pages beside it ({@code /orders/view.js}) are files, not
	 * orders.
	 */
	@GetMapping("/orders/{order:[A-Za-z0-9-]{1,24}}")
	ResponseEntity<String> view(@PathVariable String order, HttpServletRequest request) throws IOException {
		return page(request, "view", number(order));
	}

	private static String number(String order) {
		if (!order.matches("[A-Za-z0-9-]{1,24}")) {
			throw NotFoundException.of("no-such-order", "There is no order {0}", order);
		}
		return order;
	}

	private ResponseEntity<String> page(HttpServletRequest request, String mode, String order) throws IOException {
		Optional<String> user = this.session.userId(request);
		Locale language = this.languages.ofPage(user, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		String page = "view".equals(mode) ? VIEW : PAGE;
		String html = TEXT.matcher(new ClassPathResource(page).getContentAsString(StandardCharsets.UTF_8))
			.replaceAll((found) -> Matcher.quoteReplacement(HtmlUtils
				.htmlEscape(pageText(language, mode, found.group(1), order), StandardCharsets.UTF_8.name())))
			.replace("{{lang}}", language.toLanguageTag())
			.replace("{{csrfToken}}", this.session.csrfToken(request))
			.replace("{{orderNumber}}", order)
			.replace("{{loggedIn}}", String.valueOf(user.isPresent()))
			.replace("{{texts}}", "view".equals(mode) ? viewTexts(language) : scriptTexts(language));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
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
	private static String scriptTexts(Locale language) throws IOException {
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
		return JSON.writeValueAsString(texts).replace("</", "<\\/");
	}

	/**
	 * The texts of the order's own page as JSON, with their places left for its script to
	 * fill: its messages, the names of the order's facts and of the kinds of file.
	 */
	private static String viewTexts(Locale language) throws IOException {
		Map<String, Object> texts = new TreeMap<>();
		VIEW_TEXTS.forEach((key) -> texts.put(key.equals("not-yet") ? "notYet" : key, pageText(language, "view", key)));
		Map<String, String> facts = new TreeMap<>();
		FACTS.forEach((fact) -> facts.put(fact, text(language, "view.fact." + fact)));
		texts.put("facts", facts);
		Map<String, String> kinds = new TreeMap<>();
		UploadPageController.FILE_KINDS
			.forEach((kind) -> kinds.put(kind, Messages.text(language, "file-kind." + kind, kind)));
		texts.put("kinds", kinds);
		return JSON.writeValueAsString(texts).replace("</", "<\\/");
	}

}
