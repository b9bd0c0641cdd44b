package com.osb.salesops.receivables.api;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.receivables.Statements.Statement;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.web.Messages;

import org.springframework.web.util.HtmlUtils;

/**
 * A customer's statement of account as a page to print or save as PDF, in the language
 * given: its words are {@code statement.*} of the message bundles, the kinds of line
 * {@code statement.kind.<KIND>}, amounts as the language writes money.
 */
final class StatementPage {

	private static final Map<String, String> KINDS = Map.of("INVOICE", "Invoice", "PAYMENT", "Payment received",
			"CREDIT_NOTE", "Credit note", "WRITE_OFF", "Written off", "SHIPPED_NOT_INVOICED",
			"Shipped, not yet invoiced", "SHIPMENT_INVOICED", "Shipped order now invoiced");

	private StatementPage() {
	}

	static String html(Statement statement, Locale language) {
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.toLanguageTag())
			.append("\"><head><meta charset=\"utf-8\"><title>")
			.append(words(language, "title", "Statement of account {0}", statement.customerCode()))
			.append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
			.append("td,th{border-bottom:1px solid #ccc;padding:4px 8px;text-align:left}td.n,th.n{text-align:right}")
			.append("@media print{a{display:none}}</style></head><body><h1>")
			.append(words(language, "heading", "Statement of account"))
			.append("</h1><p>")
			.append(text(statement.customerName()))
			.append(" (")
			.append(text(statement.customerCode()))
			.append(")<br>")
			.append(words(language, "period", "{0} to {1}", statement.from(), statement.to()))
			.append("</p><table><thead><tr><th>")
			.append(words(language, "date", "Date"))
			.append("</th><th>")
			.append(words(language, "document", "Document"))
			.append("</th><th>")
			.append(words(language, "number", "Number"))
			.append("</th><th class=\"n\">")
			.append(words(language, "amount", "Amount"))
			.append("</th><th class=\"n\">")
			.append(words(language, "balance", "Balance"))
			.append("</th></tr></thead><tbody>");
		row(page, language, statement.from().toString(),
				Messages.text(language, "statement.brought-forward", "Balance brought forward"), "", null,
				statement.openingBalance());
		statement.lines()
			.forEach((line) -> row(page, language, line.day().toString(),
					Messages.text(language, "statement.kind." + line.kind(),
							KINDS.getOrDefault(line.kind(), line.kind())),
					line.number(), line.amount(), line.balance()));
		row(page, language, statement.to().toString(),
				Messages.text(language, "statement.carried-forward", "Balance carried forward"), "", null,
				statement.closingBalance());
		return page.append("</tbody></table><p>")
			.append(words(language, "credit-note", "A negative balance is credit the customer holds with us."))
			.append("</p></body></html>")
			.toString();
	}

	private static void row(StringBuilder page, Locale language, String day, String kind, String number,
			BigDecimal amount, BigDecimal balance) {
		page.append("<tr><td>")
			.append(day)
			.append("</td><td>")
			.append(text(kind))
			.append("</td><td>")
			.append(text(number))
			.append("</td><td class=\"n\">")
			.append((amount != null) ? text(MoneyText.of(amount, language)) : "")
			.append("</td><td class=\"n\">")
			.append(text(MoneyText.of(balance, language)))
			.append("</td></tr>");
	}

	/** A word of the page, {@code statement.<key>} of the bundles, as HTML. */
	private static String words(Locale language, String key, String english, Object... args) {
		return text(Messages.text(language, "statement." + key, english, args));
	}

	private static String text(String value) {
		return HtmlUtils.htmlEscape((value != null) ? value : "", "UTF-8");
	}

}
