package com.osb.salesops.integration.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.osb.salesops.receivables.NewCreditNote;
import com.osb.salesops.receivables.SourcedCreditNotes;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.web.Messages;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Credit notes in the application's own ledger (POLICY section 6), through receivables:
 * the note reduces the order's open invoice first and leaves any excess as customer
 * credit. Issued once per credited document, under the order's row lock that payments and
 * postings take too.
 */
final class CreditNoteLedger {

	private final JdbcTemplate jdbc;

	private final SourcedCreditNotes creditNotes;

	private final AuditLog audit;

	CreditNoteLedger(JdbcTemplate jdbc, SourcedCreditNotes creditNotes, AuditLog audit) {
		this.jdbc = jdbc;
		this.creditNotes = creditNotes;
		this.audit = audit;
	}

	/**
	 * How the audit trail records a credit note issued: number, amount, source, effect.
	 */
	private static final String ISSUED = "{0} {1} CNY for {2}: {3} CNY off the open invoice, {4} CNY customer credit";

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
		boolean[] issuedNow = { false };
		String[] reference = { null };
		SourcedCreditNotes.Issued issued = this.creditNotes
			.issue(new NewCreditNote(((Number) order.get("customer_id")).longValue(), request.invoiceNumber(),
					request.amount(), request.reason()), request.sourceDocument(), () -> {
						issuedNow[0] = true;
						reference[0] = remoteReference.get();
						return reference[0];
					});
		if (issuedNow[0]) {
			this.audit.record(null, "CREDIT_NOTE_ISSUED", "order", request.orderNumber(),
					(String) order.get("process_instance_id"),
					withReference(Messages.text(Locale.ENGLISH, "audit-detail.CREDIT_NOTE_ISSUED", ISSUED,
							issued.number(), plain(request.amount()), request.sourceDocument(), plain(issued.applied()),
							plain(issued.customerCredit())), reference[0]));
		}
		return new IssuedCreditNote(issued.number(), issued.applied(), issued.customerCredit());
	}

	/** An amount as the audit trail records it: digits and cents. */
	private static String plain(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** The detail with another system's reference last, when there is one. */
	private static String withReference(String detail, String reference) {
		return (reference != null)
				? Messages.text(Locale.ENGLISH, "audit-detail.with-reference", "{0} (reference {1})", detail, reference)
				: detail;
	}

}
