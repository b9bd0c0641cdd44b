package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes issued for a document that gives money back (a return): once per document,
 * however often it is asked. The note reduces the named invoice first; what is left is
 * customer credit (POLICY section 6), never another invoice of the customer.
 */
@Service
@Transactional
public class SourcedCreditNotes {

	private final Receivables receivables;

	private final JdbcClient jdbc;

	SourcedCreditNotes(Receivables receivables, JdbcClient jdbc) {
		this.receivables = receivables;
		this.jdbc = jdbc;
	}

	/**
	 * How a credit note was applied.
	 *
	 * @param number the credit note's number
	 * @param applied what reduced the open invoice
	 * @param customerCredit what the customer keeps as credit
	 */
	public record Issued(String number, BigDecimal applied, BigDecimal customerCredit) {
	}

	/**
	 * Issues the credit note for a source document, or answers the one issued for it
	 * before.
	 * @param externalReference asked only when the note is new: a remote system's number
	 * for it, or null
	 */
	public Issued issue(NewCreditNote note, String sourceDocument, Supplier<String> externalReference) {
		List<Issued> existing = this.jdbc
			.sql("select c.number, a.applied_amount, a.customer_credit from credit_note_allocation a"
					+ " join credit_note c on c.id = a.credit_note_id where a.source_document = ?")
			.param(sourceDocument)
			.query((rs, row) -> new Issued(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.list();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		BigDecimal open = BigDecimal.ZERO;
		Long invoiceId = null;
		if (note.invoiceNumber() != null) {
			List<Object[]> invoice = this.jdbc
				.sql("select i.id, coalesce(r.open_amount, 0) from invoice i"
						+ " left join receivable r on r.invoice_id = i.id where i.number = ?")
				.param(note.invoiceNumber())
				.query((rs, row) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2) })
				.list();
			if (!invoice.isEmpty()) {
				invoiceId = (Long) invoice.get(0)[0];
				open = (BigDecimal) invoice.get(0)[1];
			}
		}
		String reference = externalReference.get();
		String number = this.receivables.issueCreditNote(note, false);
		BigDecimal applied = open.min(note.amount()).max(BigDecimal.ZERO).setScale(2);
		BigDecimal credit = note.amount().subtract(applied).setScale(2);
		long creditNoteId = this.jdbc.sql("select id from credit_note where number = ?")
			.param(number)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("insert into credit_note_allocation (credit_note_id, source_document, invoice_id, applied_amount,"
					+ " customer_credit, external_reference) values (?, ?, ?, ?, ?, ?)")
			.params(creditNoteId, sourceDocument, invoiceId, applied, credit, reference)
			.update();
		return new Issued(number, applied, credit);
	}

}
