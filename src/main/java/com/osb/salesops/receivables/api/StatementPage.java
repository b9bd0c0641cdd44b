package com.osb.salesops.receivables.api;

import java.math.BigDecimal;
import java.util.Map;

import com.osb.salesops.receivables.Statements.Statement;
import com.osb.salesops.shared.process.MoneyText;

import org.springframework.web.util.HtmlUtils;

/** A customer's statement of account as a page to print or save as PDF. */
final class StatementPage {

	private static final Map<String, String> KINDS = Map.of("INVOICE", "Invoice", "PAYMENT", "Payment received",
			"CREDIT_NOTE", "Credit note", "WRITE_OFF", "Written off", "SHIPPED_NOT_INVOICED",
			"Shipped, not yet invoiced", "SHIPMENT_INVOICED", "Shipped order now invoiced");

	private StatementPage() {
	}

	static String html(Statement statement) {
		StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
			.append("<title>Statement of account ")
			.append(text(statement.customerCode()))
			.append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}")
			.append("td,th{border-bottom:1px solid #ccc;padding:4px 8px;text-align:left}td.n,th.n{text-align:right}")
			.append("@media print{a{display:none}}</style></head><body>")
			.append("<h1>Statement of account</h1><p>")
			.append(text(statement.customerName()))
			.append(" (")
			.append(text(statement.customerCode()))
			.append(")<br>")
			.append(statement.from())
			.append(" to ")
			.append(statement.to())
			.append("</p><table><thead><tr><th>Date</th><th>Document</th><th>Number</th>")
			.append("<th class=\"n\">Amount</th><th class=\"n\">Balance</th></tr></thead><tbody>");
		row(page, statement.from().toString(), "Balance brought forward", "", null, statement.openingBalance());
		statement.lines()
			.forEach((line) -> row(page, line.day().toString(), KINDS.getOrDefault(line.kind(), line.kind()),
					line.number(), line.amount(), line.balance()));
		row(page, statement.to().toString(), "Balance carried forward", "", null, statement.closingBalance());
		return page.append("</tbody></table><p>A negative balance is credit the customer holds with us.</p>")
			.append("</body></html>")
			.toString();
	}

	private static void row(StringBuilder page, String day, String kind, String number, BigDecimal amount,
			BigDecimal balance) {
		page.append("<tr><td>")
			.append(day)
			.append("</td><td>")
			.append(text(kind))
			.append("</td><td>")
			.append(text(number))
			.append("</td><td class=\"n\">")
			.append((amount != null) ? MoneyText.of(amount) : "")
			.append("</td><td class=\"n\">")
			.append(MoneyText.of(balance))
			.append("</td></tr>");
	}

	private static String text(String value) {
		return HtmlUtils.htmlEscape((value != null) ? value : "");
	}

}
