package com.osb.salesops.integration.finance;

import java.math.BigDecimal;
import java.util.Map;

import com.osb.salesops.integration.IntegrationProperties;
import com.osb.salesops.integration.RemoteSystem;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.receivables.ShippedBeforePayment;
import com.osb.salesops.receivables.SourcedCreditNotes;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An accounting system reached over HTTP. It issues the invoice, whose number it answers
 * is kept as the invoice's reference beside the invoice's own SC number; the invoice
 * lands in the application's receivables, so credit checks, collections and incentive
 * statements keep reading invoices, payments and open items locally. Payments are
 * reported by finance through the order's events and are only recorded here.
 */
@Component
@ConditionalOnProperty(name = "salesops.integration.mode", havingValue = "http")
@Transactional
class HttpFinance implements Finance {

	private final RemoteSystem remote;

	private final LedgerFinance ledger;

	private final JdbcTemplate jdbc;

	HttpFinance(IntegrationProperties properties, RestClient.Builder http, JdbcTemplate jdbc, Receivables receivables,
			SourcedCreditNotes sourcedCreditNotes, ShippedBeforePayment shipped, BusinessClock clock, AuditLog audit) {
		this.remote = new RemoteSystem("Finance", properties.finance(), http);
		this.ledger = new LedgerFinance(jdbc, receivables, sourcedCreditNotes, shipped, clock, audit);
		this.jdbc = jdbc;
	}

	@Override
	public String confirmPayment(String orderNumber, BigDecimal amount, String reference) {
		return this.ledger.confirmPayment(orderNumber, amount, reference);
	}

	@Override
	public BigDecimal paidAmount(String orderNumber) {
		return this.ledger.paidAmount(orderNumber);
	}

	@Override
	public void shippedBeforePayment(String orderNumber) {
		this.ledger.shippedBeforePayment(orderNumber);
	}

	@Override
	public String issueInvoice(String orderNumber) {
		return this.ledger.issueInvoice(orderNumber,
				() -> this.remote.postForNumber("invoice", orderNumber, "/invoices", invoiceRequest(orderNumber)));
	}

	@Override
	public void postReceivable(String invoiceNumber) {
		this.ledger.postReceivable(invoiceNumber);
	}

	@Override
	public IssuedCreditNote issueCreditNote(CreditNoteRequest request) {
		return this.ledger.issueCreditNote(request, () -> this.remote.postForNumber("credit-note",
				request.sourceDocument(), "/credit-notes",
				Map.of("returnNumber", request.sourceDocument(), "orderNumber", request.orderNumber(), "invoiceNumber",
						String.valueOf(request.invoiceNumber()), "amount", request.amount(), "issueDate",
						String.valueOf(request.issueDate()), "reason", String.valueOf(request.reason()))));
	}

	private Map<String, Object> invoiceRequest(String orderNumber) {
		return this.jdbc.queryForMap(
				"select o.number as \"orderNumber\", c.code as \"customerCode\","
						+ " o.total_amount as \"amount\", o.payment_terms as \"paymentTerms\","
						+ " o.invoice_address as \"invoiceAddress\", o.tax_number as \"taxNumber\""
						+ " from sales_order o join customer c on c.id = o.customer_id where o.number = ?",
				orderNumber);
	}

}
