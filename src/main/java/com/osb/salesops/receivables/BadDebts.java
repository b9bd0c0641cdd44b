package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;

import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bad debt: what is written off leaves the receivables for good.
 */
@Service
@Transactional
public class BadDebts {

	private final JdbcClient jdbc;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	BadDebts(JdbcClient jdbc, BusinessClock clock, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
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
		this.audit.record(approvedBy, "BAD_DEBT_WRITTEN_OFF", "invoice", invoiceNumber, null,
				open.toPlainString() + " written off");
		this.events.publishEvent(new InvoiceWrittenOff(invoiceNumber, open, today));
		return open;
	}

}
