package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.receivables.Statements.Statement;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.documents.DocumentRenderer;
import com.osb.salesops.shared.documents.GeneratedDocument;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Service;

/**
 * A customer's statement of account as a PDF, from the template
 * {@code documents/statement-of-account.template}; each one printed is audited with its
 * SHA-256, so that the copy a customer holds can be checked.
 */
@Service
public class StatementDocuments {

	private static final Map<String, String> KINDS = Map.of("INVOICE", "发票 Invoice", "PAYMENT", "收款 Payment",
			"CREDIT_NOTE", "红字发票 Credit note", "WRITE_OFF", "核销 Write-off", "SHIPPED_NOT_INVOICED",
			"已发货未开票 Shipped, not yet invoiced", "SHIPMENT_INVOICED", "已发货订单已开票 Shipped order now invoiced");

	private final DocumentRenderer renderer;

	private final AuditLog audit;

	private final BusinessClock clock;

	StatementDocuments(DocumentRenderer renderer, AuditLog audit, BusinessClock clock) {
		this.renderer = renderer;
		this.audit = audit;
		this.clock = clock;
	}

	public GeneratedDocument pdf(Statement statement, String printedBy) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("customerCode", statement.customerCode());
		values.put("customerName", statement.customerName());
		values.put("from", statement.from().toString());
		values.put("to", statement.to().toString());
		values.put("printedOn", this.clock.today().toString());
		values.put("openingBalance", money(statement.openingBalance()));
		values.put("closingBalance", money(statement.closingBalance()));
		List<Map<String, String>> entries = new ArrayList<>();
		for (Statements.Line line : statement.lines()) {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("day", line.day().toString());
			entry.put("kind", KINDS.getOrDefault(line.kind(), line.kind()));
			entry.put("number", line.number());
			entry.put("amount", money(line.amount()));
			entry.put("balance", money(line.balance()));
			entries.add(entry);
		}
		String fileName = "statement-" + statement.customerCode() + "-" + statement.to() + ".pdf";
		GeneratedDocument pdf = this.renderer.render("statement-of-account", fileName, values,
				Map.of("entries", entries), this.clock.now());
		this.audit.record(printedBy, "STATEMENT_PRINTED", "customer", statement.customerCode(), null,
				fileName + " from template statement-of-account, sha256 " + pdf.sha256());
		return pdf;
	}

	private static String money(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
	}

}
