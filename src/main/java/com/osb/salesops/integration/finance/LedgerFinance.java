package com.osb.salesops.integration.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.osb.salesops.receivables.NewInvoice;
import com.osb.salesops.receivables.NewPayment;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.receivables.ShippedBeforePayment;
import com.osb.salesops.receivables.SourcedCreditNotes;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance kept by the application's own receivables, so the product works without an
 * accounting system. Every call locks the order's row first, so a payment and the posting
 * of its invoice never miss each other: whichever comes second sees the first and applies
 * the payment to the open item exactly once.
 */
@Component
@ConditionalOnProperty(name = "salesops.integration.mode", havingValue = "ledger", matchIfMissing = true)
@Transactional
class LedgerFinance implements Finance {

	private static final int MONEY_SCALE = 2;

	private final JdbcTemplate jdbc;

	private final Receivables receivables;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final CreditNoteLedger creditNotes;

	private final ShippedBeforePayment shipped;

	LedgerFinance(JdbcTemplate jdbc, Receivables receivables, SourcedCreditNotes sourcedCreditNotes,
			ShippedBeforePayment shipped, BusinessClock clock, AuditLog audit) {
		this.shipped = shipped;
		this.creditNotes = new CreditNoteLedger(jdbc, sourcedCreditNotes, audit);
		this.jdbc = jdbc;
		this.receivables = receivables;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	public String confirmPayment(String orderNumber, BigDecimal amount, String reference) {
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > MONEY_SCALE) {
			throw new IllegalArgumentException("A payment amount must be positive with at most 2 decimals: " + amount);
		}
		if (reference == null || reference.isBlank()) {
			throw new IllegalArgumentException("A payment needs the bank or remittance reference");
		}
		FinanceOrder order = lockOrder("o.number = ?", orderNumber);
		Optional<String> existing = this.receivables.payment(order.customerId(), order.id(), reference);
		if (existing.isPresent()) {
			return existing.get();
		}
		String number = this.receivables
			.recordPayment(new NewPayment(order.customerId(), order.id(), amount, reference, null, List.of(), null));
		record(order, "PAYMENT_RECEIVED",
				Messages.text(Locale.ENGLISH, "audit-detail.PAYMENT_RECEIVED", "{0} {1} ref {2}", number,
						((amount.scale() < 2) ? amount.setScale(2) : amount).toPlainString(), reference));
		return number;
	}

	@Override
	@Transactional(readOnly = true)
	public BigDecimal paidAmount(String orderNumber) {
		List<Long> ids = this.jdbc.queryForList("select id from sales_order where number = ?", Long.class, orderNumber);
		if (ids.isEmpty()) {
			throw new IllegalArgumentException("No order " + orderNumber);
		}
		return this.receivables.paidOnOrder(ids.get(0));
	}

	@Override
	public void shippedBeforePayment(String orderNumber) {
		FinanceOrder order = lockOrder("o.number = ?", orderNumber);
		if (this.receivables.invoiceOfOrder(order.id()).isPresent()) {
			return;
		}
		this.shipped.record(order.customerId(), order.id(), order.number(), order.total(), this.clock.today());
		BigDecimal unpaid = order.total().subtract(this.receivables.paidOnOrder(order.id())).max(BigDecimal.ZERO);
		record(order, "SHIPPED_BEFORE_PAYMENT", "shipped, not yet invoiced: " + unpaid.toPlainString() + " unpaid");
	}

	@Override
	public String issueInvoice(String orderNumber) {
		return issueInvoice(orderNumber, () -> null);
	}

	/**
	 * Issues the invoice under an SC number of its own, once per order; a remote system's
	 * number, asked for only when the order has no invoice yet, is kept as its reference.
	 * The order's row is locked only after the remote system has answered, so that events
	 * about the order are not held up for as long as that call takes.
	 */
	String issueInvoice(String orderNumber, Supplier<String> remoteReference) {
		Long orderId = this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, orderNumber);
		Optional<String> existing = this.receivables.invoiceOfOrder(orderId);
		if (existing.isPresent()) {
			return existing.get();
		}
		String reference = remoteReference.get();
		FinanceOrder order = lockOrder("o.number = ?", orderNumber);
		existing = this.receivables.invoiceOfOrder(order.id());
		if (existing.isPresent()) {
			return existing.get();
		}
		LocalDate today = this.clock.today();
		LocalDate due = today.plusDays(PaymentTerms.days(order.paymentTerms()));
		String number = this.receivables
			.issueInvoice(new NewInvoice(order.customerId(), order.id(), order.total(), today, due, reference));
		String issued = Messages.text(Locale.ENGLISH, "audit-detail.INVOICE_ISSUED", "{0} {1} due {2}", number,
				order.total().toPlainString(), due.toString());
		record(order, "INVOICE_ISSUED", (reference != null)
				? Messages.text(Locale.ENGLISH, "audit-detail.with-reference", "{0} (reference {1})", issued, reference)
				: issued);
		return number;
	}

	@Override
	public void postReceivable(String invoiceNumber) {
		long orderId = this.receivables.orderOfInvoice(invoiceNumber)
			.orElseThrow(() -> new IllegalArgumentException("No order invoiced by " + invoiceNumber));
		FinanceOrder order = lockOrder("o.id = ?", orderId);
		if (this.receivables.isPosted(invoiceNumber)) {
			return;
		}
		BigDecimal open = this.receivables.post(invoiceNumber);
		record(order, "RECEIVABLE_POSTED", Messages.text(Locale.ENGLISH, "audit-detail.RECEIVABLE_POSTED",
				"{0} open {1}", invoiceNumber, open.toPlainString()));
	}

	@Override
	public IssuedCreditNote issueCreditNote(CreditNoteRequest request) {
		return this.creditNotes.issue(request, () -> null);
	}

	/**
	 * Issues the credit note under an HZ number of its own, once per credited document; a
	 * remote system's number, asked for only when there is none yet, is kept as its
	 * reference.
	 */
	IssuedCreditNote issueCreditNote(CreditNoteRequest request, Supplier<String> remoteReference) {
		return this.creditNotes.issue(request, remoteReference);
	}

	private FinanceOrder lockOrder(String condition, Object key) {
		return this.jdbc
			.query("select o.id, o.number, o.customer_id, o.total_amount, o.payment_terms, o.process_instance_id"
					+ " from sales_order o where " + condition + " for update",
					(rs, row) -> new FinanceOrder(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
							rs.getString(5), rs.getString(6)),
					key)
			.stream()
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No order for " + key));
	}

	private void record(FinanceOrder order, String action, String detail) {
		this.audit.record(null, action, "order", order.number(), order.processInstanceId(), detail);
	}

	private record FinanceOrder(long id, String number, long customerId, BigDecimal total, String paymentTerms,
			String processInstanceId) {
	}

}
