package com.osb.salesops.masterdata.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.shared.web.Messages;
import com.osb.salesops.shared.web.NotFoundException;
import com.osb.salesops.shared.web.ProductPages;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * The customers' pages, linked from the home page: the list of the customers a person may
 * see ({@code /customers}) and a customer's own page ({@code /customers/{code}}) with its
 * file, what is open of its invoices, its statement of account, its visits and calls, and
 * for finance the form that records a payment received. A page holds no data: its script
 * reads the API with the webapps' session and writes with the session's CSRF token, so
 * the same roles, customers and checks apply as to any call, and a section the person may
 * not see stays away. Its texts are {@code page.customer.<key>} of the message bundles,
 * in the person's language.
 */
@Controller
class CustomerPageController {

	private static final String LIST = "customers/list.html";

	private static final String VIEW = "customers/view.html";

	/** The texts the pages' scripts show, by the name they know them by. */
	private static final List<String> SCRIPT_TEXTS = List.of("money", "named", "none", "not-loaded", "server-answered",
			"unreachable", "colon", "sending", "not-sent", "recorded", "active", "inactive", "days-past-due", "not-due",
			"separator", "contact-recorded", "growth-set", "orders-shown");

	/**
	 * The facts of a customer's file its page shows, by the name its script knows them
	 * by.
	 */
	private static final List<String> FACTS = List.of("code", "legalName", "customerType", "rep", "taxNumber",
			"invoiceAddress", "invoicePhone", "bank", "email", "state");

	/** The customer's credit figures its page shows, as the credit list names them. */
	private static final List<String> CREDIT = List.of("growthPotential", "grade", "creditLimit", "openReceivables",
			"committed", "available", "terms", "evaluatedOn");

	/** A customer's growth potential, as its sales manager sets it. */
	private static final List<String> GROWTH = List.of("HIGH", "MEDIUM", "LOW");

	/** The kinds of customer, as the file names them. */
	private static final List<String> TYPES = List.of("KEY_ACCOUNT", "DISTRIBUTOR", "DIRECT");

	/** The kinds of contact with a customer. */
	private static final List<String> CONTACT_TYPES = List.of("VISIT", "CALL", "MEETING");

	/**
	 * The fields of a payment and of a contact, as the API names them in its problems.
	 */
	private static final List<String> FIELDS = List.of("customerCode", "invoiceNumbers", "amount", "reference",
			"receivedOn", "contactDate", "contactType", "contactsMet", "notes", "nextStep", "nextStepDate",
			"logisticsConfirmed", "growthPotential", "reason");

	private final ProductPages pages;

	CustomerPageController(ProductPages pages) {
		this.pages = pages;
	}

	@GetMapping("/customers")
	ResponseEntity<String> list(HttpServletRequest request) throws IOException {
		return this.pages.page(request, LIST, CustomerPageController::text, Map.of(),
				scriptTexts(this.pages.language(request)));
	}

	/**
	 * A customer's own page, whatever its code (a code is up to 20 characters of any
	 * kind; the page's scripts are under {@code /pages/}).
	 */
	@GetMapping("/customers/{code}")
	ResponseEntity<String> view(@PathVariable String code, HttpServletRequest request) throws IOException {
		if (code.isBlank() || code.length() > 20) {
			throw NotFoundException.of("no-such-customer", "There is no customer {0}", code);
		}
		return this.pages.page(request, VIEW, (language, key) -> text(language, key, code),
				Map.of("customerCode", HtmlUtils.htmlEscape(code, StandardCharsets.UTF_8.name())),
				scriptTexts(this.pages.language(request)));
	}

	private static String text(Locale language, String key, Object... args) {
		return Messages.text(language, "page.customer." + key, key, args);
	}

	private static Map<String, Object> scriptTexts(Locale language) {
		Map<String, Object> texts = ProductPages.texts(language, "page.customer.", SCRIPT_TEXTS);
		texts.put("fields", ProductPages.texts(language, "page.customer.field.", FIELDS));
		texts.put("facts", ProductPages.texts(language, "page.customer.fact.", FACTS));
		texts.put("types", ProductPages.texts(language, "page.customer.type.", TYPES));
		texts.put("credit", ProductPages.texts(language, "page.customer.credit.", CREDIT));
		texts.put("growth", ProductPages.texts(language, "page.customer.growth.", GROWTH));
		texts.put("contactTypes", ProductPages.texts(language, "compliance.contact-type.",
				CONTACT_TYPES.stream().map((type) -> type.toLowerCase(Locale.ROOT)).toList()));
		return texts;
	}

}
