package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bad debt: finance proposes to write off what is still open on an invoice, the people
 * the {@code write-off-approval-level} table names approve it, and what is written off
 * leaves the receivables for good.
 */
@Service
@Transactional
public class BadDebts {

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final DueDateTotals dueTotals;

	BadDebts(JdbcClient jdbc, BusinessClock clock, AuditLog audit, ApplicationEventPublisher events,
			DueDateTotals dueTotals) {
		this.jdbc = jdbc;
		this.dueTotals = dueTotals;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Writes off what is still open on the invoice as bad debt: it leaves the
	 * receivables, its collections case ends, and (POLICY section 5) an invoice less than
	 * 180 days old reduces the rep's credited revenue in the quarter of the write-off.
	 * @return the amount written off
	 */
	public BigDecimal writeOff(String invoiceNumber, String approvedBy) {
		long invoiceId = this.jdbc.sql("select id from invoice where number = ?")
			.param(invoiceNumber)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No invoice " + invoiceNumber));
		BigDecimal open = this.jdbc
			.sql("select open_amount from receivable where invoice_id = ? and written_off_on is null")
			.param(invoiceId)
			.query(BigDecimal.class)
			.optional()
			.filter((amount) -> amount.signum() > 0)
			.orElseThrow(
					() -> new IllegalStateException("Invoice " + invoiceNumber + " has nothing open to write off"));
		LocalDate today = this.clock.today();
		this.jdbc.sql("update receivable set written_off_on = ? where invoice_id = ?")
			.params(Date.valueOf(today), invoiceId)
			.update();
		this.jdbc.sql("update invoice set status = 'WRITTEN_OFF' where id = ?").param(invoiceId).update();
		this.dueTotals.recount(invoiceId);
		this.audit.record(approvedBy, "BAD_DEBT_WRITTEN_OFF", "invoice", invoiceNumber, null,
				open.toPlainString() + " written off");
		this.events.publishEvent(new InvoiceWrittenOff(invoiceNumber, open, today));
		return open;
	}

	/**
	 * Records finance's proposal to write off what is open on the invoice.
	 * @throws IllegalArgumentException naming why the invoice cannot be written off
	 */
	public Proposal propose(String invoiceNumber, String reason, String proposedBy, String processInstanceId) {
		Proposal open = this.jdbc.sql("""
				select i.number, c.name as customer_name, r.open_amount as amount, i.issue_date
				from invoice i join receivable r on r.invoice_id = i.id join customer c on c.id = i.customer_id
				where i.number = ? and r.written_off_on is null and r.open_amount > 0""")
			.param(invoiceNumber)
			.query(Proposal.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException(Messages.text("field.no-invoice-to-write-off",
					"There is no invoice {0} with an amount open to write off", invoiceNumber)));
		this.jdbc.sql("""
				insert into bad_debt_write_off (invoice_id, amount, reason, status, proposed_by, process_instance_id)
				select id, ?, ?, 'PROPOSED', ?, ? from invoice where number = ?""")
			.params(open.amount(), reason, proposedBy, processInstanceId, invoiceNumber)
			.update();
		this.audit.record(proposedBy, "BAD_DEBT_PROPOSED", "invoice", invoiceNumber, processInstanceId,
				open.amount().toPlainString() + ": " + reason);
		return open;
	}

	/** Records an approver's decision; a rejection ends the proposal. */
	public void decide(String processInstanceId, boolean approved, String approver, String comment) {
		this.jdbc
			.sql("update bad_debt_write_off set approved_by = coalesce(approved_by || ', ', '') || ?,"
					+ " status = ? where process_instance_id = ? and status = 'PROPOSED'")
			.params(approver, approved ? "PROPOSED" : "REJECTED", processInstanceId)
			.update();
		this.audit.record(approver, approved ? "BAD_DEBT_APPROVED" : "BAD_DEBT_REJECTED", "write-off",
				processInstanceId, processInstanceId, comment);
	}

	/** Writes off the approved proposal of the process. */
	public BigDecimal writeOffApproved(String processInstanceId, String invoiceNumber) {
		BigDecimal amount = writeOff(invoiceNumber, null);
		this.jdbc
			.sql("update bad_debt_write_off set status = 'WRITTEN_OFF', amount = ?, written_off_on = ?"
					+ " where process_instance_id = ? and status = 'PROPOSED'")
			.params(amount, Date.valueOf(this.clock.today()), processInstanceId)
			.update();
		return amount;
	}

	/**
	 * @param number the invoice
	 * @param customerName the customer invoiced
	 * @param amount what is open, to be written off
	 * @param issueDate the day the invoice was issued
	 */
	public record Proposal(String number, String customerName, BigDecimal amount, LocalDate issueDate) {
	}

}
