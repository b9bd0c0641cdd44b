package com.osb.salesops.integration.finance;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Credit notes in the application's own ledger (POLICY section 6): the note reduces the
 * order's open invoice first and leaves any excess as customer credit. Issued once per
 * credited document, under the order's row lock that payments and postings take too.
 */
final class CreditNoteLedger {

	private final JdbcTemplate jdbc;

	private final DocumentNumbers numbers;

	private final BusinessClock clock;

	private final AuditLog audit;

	CreditNoteLedger(JdbcTemplate jdbc, DocumentNumbers numbers, BusinessClock clock, AuditLog audit) {
		this.jdbc = jdbc;
		this.numbers = numbers;
		this.clock = clock;
		this.audit = audit;
	}

	IssuedCreditNote issue(CreditNoteRequest request, Supplier<String> remoteReference) {
		if (request.amount() == null || request.amount().signum() <= 0 || request.amount().scale() > 2) {
			throw new IllegalArgumentException("A credit note amount must be positive to the fen: " + request.amount());
		}
		Map<String, Object> order = this.jdbc
			.queryForList("select id, customer_id, process_instance_id from sales_order where number = ? for update",
					request.orderNumber())
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No order " + request.orderNumber()));
		List<IssuedCreditNote> existing = this.jdbc.query(
				"select c.number, a.applied_amount, a.customer_credit from credit_note_allocation a"
						+ " join credit_note c on c.id = a.credit_note_id where a.source_document = ?",
				(rs, row) -> new IssuedCreditNote(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)),
				request.sourceDocument());
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		List<Map<String, Object>> invoices = (request.invoiceNumber() == null) ? List.of()
				: this.jdbc.queryForList("select i.id, coalesce(r.open_amount, 0) as open_amount from invoice i"
						+ " left join receivable r on r.invoice_id = i.id where i.order_id = ? and i.number = ?",
						order.get("id"), request.invoiceNumber());
		Long invoiceId = invoices.isEmpty() ? null : ((Number) invoices.get(0).get("id")).longValue();
		BigDecimal open = invoices.isEmpty() ? BigDecimal.ZERO : (BigDecimal) invoices.get(0).get("open_amount");
		BigDecimal applied = open.min(request.amount()).max(BigDecimal.ZERO).setScale(2);
		BigDecimal credit = request.amount().subtract(applied).setScale(2);
		String reference = remoteReference.get();
		LocalDate today = (request.issueDate() != null) ? request.issueDate() : this.clock.today();
		String number = this.numbers.next(DocumentType.CREDIT_NOTE, today);
		this.jdbc.update(
				"insert into credit_note (number, customer_id, invoice_id, issue_date, amount, reason)"
						+ " values (?, ?, ?, ?, ?, ?)",
				number, order.get("customer_id"), invoiceId, Date.valueOf(today), request.amount(), request.reason());
		long creditNoteId = this.jdbc.queryForObject("select id from credit_note where number = ?", Long.class, number);
		this.jdbc.update(
				"insert into credit_note_allocation (credit_note_id, source_document, invoice_id,"
						+ " applied_amount, customer_credit, external_reference) values (?, ?, ?, ?, ?, ?)",
				creditNoteId, request.sourceDocument(), invoiceId, applied, credit, reference);
		if (applied.signum() > 0) {
			BigDecimal left = open.subtract(applied);
			this.jdbc.update("update receivable set open_amount = ?, settled_on = ? where invoice_id = ?", left,
					(left.signum() == 0) ? Date.valueOf(today) : null, invoiceId);
			if (left.signum() == 0) {
				this.jdbc.update("update invoice set status = 'SETTLED' where id = ?", invoiceId);
			}
		}
		this.audit.record(null, "CREDIT_NOTE_ISSUED", "order", request.orderNumber(),
				(String) order.get("process_instance_id"),
				number + " " + request.amount() + " for " + request.sourceDocument() + ": " + applied
						+ " off the open invoice, " + credit + " customer credit"
						+ ((reference != null) ? " (reference " + reference + ")" : ""));
		return new IssuedCreditNote(number, applied, credit);
	}

}
