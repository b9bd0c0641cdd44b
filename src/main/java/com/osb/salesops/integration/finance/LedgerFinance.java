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

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance kept as invoices, payments and open items in the application's own database, so
 * the product works without an accounting system. Every call locks the order's row first,
 * so a payment and the posting of its invoice never miss each other: whichever comes
 * second sees the first and applies the payment to the open item exactly once.
 */
@Component
@ConditionalOnProperty(name = "salesops.integration.mode", havingValue = "ledger", matchIfMissing = true)
@Transactional
class LedgerFinance implements Finance {

	private static final int MONEY_SCALE = 2;

	private final JdbcTemplate jdbc;

	private final DocumentNumbers numbers;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final CreditNoteLedger creditNotes;

	LedgerFinance(JdbcTemplate jdbc, DocumentNumbers numbers, BusinessClock clock, AuditLog audit) {
		this.creditNotes = new CreditNoteLedger(jdbc, numbers, clock, audit);
		this.jdbc = jdbc;
		this.numbers = numbers;
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
		List<String> existing = this.jdbc.queryForList(
				"select number from payment where order_id = ? and reference = ?", String.class, order.id(), reference);
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		LocalDate today = this.clock.today();
		List<Map<String, Object>> openItem = this.jdbc.queryForList(
				"select i.id as invoice_id, r.open_amount"
						+ " from invoice i join receivable r on r.invoice_id = i.id where i.order_id = ? order by i.id",
				order.id());
		Long invoiceId = openItem.isEmpty() ? null : ((Number) openItem.get(0).get("invoice_id")).longValue();
		String number = this.numbers.next(DocumentType.PAYMENT_RECEIPT);
		this.jdbc.update(
				"insert into payment (number, customer_id, order_id, invoice_id, received_on, amount,"
						+ " reference) values (?, ?, ?, ?, ?, ?, ?)",
				number, order.customerId(), order.id(), invoiceId, Date.valueOf(today), amount, reference);
		BigDecimal open = openItem.isEmpty() ? BigDecimal.ZERO : (BigDecimal) openItem.get(0).get("open_amount");
		if (open.signum() > 0) {
			settle(invoiceId, open.subtract(amount).max(BigDecimal.ZERO), today);
		}
		record(order, "PAYMENT_RECEIVED", number + " " + amount + " ref " + reference);
		return number;
	}

	@Override
	@Transactional(readOnly = true)
	public BigDecimal paidAmount(String orderNumber) {
		List<BigDecimal> sums = this.jdbc.queryForList(
				"select coalesce(sum(p.amount), 0) from sales_order o"
						+ " left join payment p on p.order_id = o.id where o.number = ? group by o.id",
				BigDecimal.class, orderNumber);
		if (sums.isEmpty()) {
			throw new IllegalArgumentException("No order " + orderNumber);
		}
		return sums.get(0).setScale(MONEY_SCALE);
	}

	@Override
	public String issueInvoice(String orderNumber) {
		return issueInvoice(orderNumber, () -> null);
	}

	/**
	 * Issues the invoice under an SC number of its own, once per order; a remote system's
	 * number, asked for only when the order has no invoice yet, is kept as its reference.
	 */
	String issueInvoice(String orderNumber, Supplier<String> remoteReference) {
		FinanceOrder order = lockOrder("o.number = ?", orderNumber);
		List<String> existing = this.jdbc.queryForList("select number from invoice where order_id = ? order by id",
				String.class, order.id());
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		LocalDate today = this.clock.today();
		LocalDate due = today.plusDays(PaymentTerms.days(order.paymentTerms()));
		String reference = remoteReference.get();
		String number = this.numbers.next(DocumentType.INVOICE);
		this.jdbc.update(
				"insert into invoice (number, customer_id, order_id, issue_date, due_date, amount, status,"
						+ " external_reference) values (?, ?, ?, ?, ?, ?, 'OPEN', ?)",
				number, order.customerId(), order.id(), Date.valueOf(today), Date.valueOf(due), order.total(),
				reference);
		record(order, "INVOICE_ISSUED", number + ((reference != null) ? " (reference " + reference + ")" : "") + " "
				+ order.total() + " due " + due);
		return number;
	}

	@Override
	public void postReceivable(String invoiceNumber) {
		FinanceOrder order = lockOrder("o.id = (select order_id from invoice where number = ?)", invoiceNumber);
		Map<String, Object> invoice = this.jdbc
			.queryForList("select id, customer_id, due_date, amount from invoice where number = ?", invoiceNumber)
			.get(0);
		long invoiceId = ((Number) invoice.get("id")).longValue();
		Integer posted = this.jdbc.queryForObject("select count(*) from receivable where invoice_id = ?", Integer.class,
				invoiceId);
		if (posted != null && posted > 0) {
			return;
		}
		BigDecimal amount = (BigDecimal) invoice.get("amount");
		BigDecimal paid = this.jdbc.queryForObject(
				"select coalesce(sum(amount), 0) from payment"
						+ " where order_id = ? and (invoice_id is null or invoice_id = ?)",
				BigDecimal.class, order.id(), invoiceId);
		this.jdbc.update(
				"insert into receivable (invoice_id, customer_id, due_date, amount, open_amount)"
						+ " values (?, ?, ?, ?, ?)",
				invoiceId, invoice.get("customer_id"), invoice.get("due_date"), amount, amount);
		this.jdbc.update("update payment set invoice_id = ? where order_id = ? and invoice_id is null", invoiceId,
				order.id());
		BigDecimal open = amount.subtract(paid).max(BigDecimal.ZERO);
		if (open.compareTo(amount) < 0) {
			settle(invoiceId, open, this.clock.today());
		}
		record(order, "RECEIVABLE_POSTED", invoiceNumber + " open " + open);
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

	/** Sets the open amount; an open item that reaches zero settles its invoice. */
	private void settle(long invoiceId, BigDecimal open, LocalDate today) {
		boolean settled = open.signum() == 0;
		this.jdbc.update("update receivable set open_amount = ?, settled_on = ? where invoice_id = ?", open,
				settled ? Date.valueOf(today) : null, invoiceId);
		if (settled) {
			this.jdbc.update("update invoice set status = 'SETTLED' where id = ?", invoiceId);
		}
	}

	private FinanceOrder lockOrder(String condition, String key) {
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
