package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.receivables.Allocations.OpenItem;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.numbering.DocumentNumbers;
import com.osb.salesops.shared.numbering.DocumentType;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts receivable: the one place that writes invoices, their open items, payments,
 * credit notes and customer credit. A payment settles the invoices finance names, or the
 * order's own invoice, or else the customer's open items oldest due date first; what is
 * left becomes customer credit, which the customer's next invoices use. A payment on an
 * order not yet invoiced waits for the order's invoice.
 */
@Service
@Transactional
public class Receivables {

	private final JdbcClient jdbc;

	private final Allocations allocations;

	private final DocumentNumbers numbers;

	private final BusinessClock clock;

	private final AuditLog audit;

	private final DueDateTotals dueTotals;

	Receivables(JdbcClient jdbc, Allocations allocations, DocumentNumbers numbers, BusinessClock clock, AuditLog audit,
			DueDateTotals dueTotals) {
		this.jdbc = jdbc;
		this.dueTotals = dueTotals;
		this.allocations = allocations;
		this.numbers = numbers;
		this.clock = clock;
		this.audit = audit;
	}

	/**
	 * Issues an invoice once per order (again for the same order answers the same
	 * number).
	 */
	public String issueInvoice(NewInvoice invoice) {
		if (invoice.orderId() != null) {
			Optional<String> existing = invoiceOfOrder(invoice.orderId());
			if (existing.isPresent()) {
				return existing.get();
			}
		}
		String number = this.numbers.next(DocumentType.INVOICE);
		this.jdbc
			.sql("insert into invoice (number, customer_id, order_id, issue_date, due_date, amount, status,"
					+ " external_reference) values (?, ?, ?, ?, ?, ?, 'OPEN', ?)")
			.params(number, invoice.customerId(), invoice.orderId(), Date.valueOf(invoice.issueDate()),
					Date.valueOf(invoice.dueDate()), invoice.amount(), invoice.externalReference())
			.update();
		return number;
	}

	public Optional<String> invoiceOfOrder(long orderId) {
		return this.jdbc.sql("select number from invoice where order_id = ? order by id")
			.param(orderId)
			.query(String.class)
			.optional();
	}

	/** The order an invoice was issued for, if it was issued for one. */
	public Optional<Long> orderOfInvoice(String invoiceNumber) {
		return this.jdbc.sql("select order_id from invoice where number = ? and order_id is not null")
			.param(invoiceNumber)
			.query(Long.class)
			.optional();
	}

	/**
	 * Posts the invoice as an open item, once: payments already made on its order settle
	 * it first, then the customer's credit.
	 * @return what is still open on it
	 */
	public BigDecimal post(String invoiceNumber) {
		InvoiceRow invoice = invoice(invoiceNumber);
		Optional<BigDecimal> posted = this.jdbc.sql("select open_amount from receivable where invoice_id = ?")
			.param(invoice.id())
			.query(BigDecimal.class)
			.optional();
		if (posted.isPresent()) {
			return posted.get();
		}
		this.jdbc
			.sql("insert into receivable (invoice_id, customer_id, due_date, amount, open_amount)"
					+ " values (?, ?, ?, ?, ?)")
			.params(invoice.id(), invoice.customerId(), Date.valueOf(invoice.dueDate()), invoice.amount(),
					invoice.amount())
			.update();
		LocalDate today = this.clock.today();
		List<OpenItem> item = List
			.of(new OpenItem(invoice.id(), invoiceNumber, invoice.customerId(), invoice.dueDate(), invoice.amount()));
		if (invoice.orderId() != null) {
			for (PaymentRow prepaid : this.jdbc
				.sql("select number, amount from payment where order_id = ? and invoice_id is null order by id")
				.param(invoice.orderId())
				.query(PaymentRow.class)
				.list()) {
				this.jdbc.sql("update payment set invoice_id = ? where number = ?")
					.params(invoice.id(), prepaid.number())
					.update();
				BigDecimal left = this.allocations.allocate(item, "PAYMENT", prepaid.number(), prepaid.amount(), today);
				if (left.signum() > 0) {
					this.allocations.credit(invoice.customerId(), left, today, prepaid.number(), null);
				}
			}
		}
		useCredit(invoice.customerId(), item, today);
		this.dueTotals.recount(invoice.id());
		return this.jdbc.sql("select open_amount from receivable where invoice_id = ?")
			.param(invoice.id())
			.query(BigDecimal.class)
			.single();
	}

	/**
	 * Records a payment, once per reference (per order, or per customer without an
	 * order), and allocates it.
	 * @return the receipt number (SK)
	 */
	public String recordPayment(NewPayment payment) {
		Optional<String> existing = payment(payment.customerId(), payment.orderId(), payment.reference());
		if (existing.isPresent()) {
			return existing.get();
		}
		LocalDate on = (payment.receivedOn() != null) ? payment.receivedOn() : this.clock.today();
		List<OpenItem> items = targets(payment);
		boolean prepayment = payment.orderId() != null && payment.invoiceNumbers().isEmpty()
				&& invoiceOfOrder(payment.orderId()).filter(this::isPosted).isEmpty();
		String number = this.numbers.next(DocumentType.PAYMENT_RECEIPT);
		this.jdbc
			.sql("insert into payment (number, customer_id, order_id, invoice_id, received_on, amount, reference,"
					+ " allocated_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(number, payment.customerId(), payment.orderId(), items.isEmpty() ? null : items.get(0).invoiceId(),
					Date.valueOf(on), payment.amount(), payment.reference(), payment.allocatedBy())
			.update();
		if (!prepayment) {
			BigDecimal left = this.allocations.allocate(items, "PAYMENT", number, payment.amount(), on);
			if (left.signum() > 0) {
				this.allocations.credit(payment.customerId(), left, on, number, null);
			}
		}
		this.audit.record(payment.allocatedBy(), "PAYMENT_RECORDED", "customer", String.valueOf(payment.customerId()),
				null, number + " " + payment.amount().toPlainString() + " ref " + payment.reference());
		return number;
	}

	/**
	 * The receipt of the payment with that reference, on the order or (none) the
	 * customer.
	 */
	@Transactional(readOnly = true)
	public Optional<String> payment(long customerId, Long orderId, String reference) {
		return this.jdbc
			.sql("select number from payment where customer_id = ? and reference = ?"
					+ " and coalesce(order_id, -1) = coalesce(?, -1)")
			.params(customerId, reference, orderId)
			.query(String.class)
			.optional();
	}

	/**
	 * Issues a credit note: it reduces the named invoice (or the order's, or the oldest
	 * open ones) first, and any excess becomes customer credit.
	 * @return the credit note's number
	 */
	public String issueCreditNote(NewCreditNote note) {
		return issueCreditNote(note, true);
	}

	/**
	 * @param oldestWhenUnnamed with no invoice named, reduce the customer's oldest open
	 * items; otherwise keep it all as customer credit
	 */
	String issueCreditNote(NewCreditNote note, boolean oldestWhenUnnamed) {
		LocalDate today = this.clock.today();
		List<String> named = (note.invoiceNumber() != null) ? List.of(note.invoiceNumber()) : List.of();
		List<OpenItem> items = !named.isEmpty() ? this.allocations.named(note.customerId(), named)
				: oldestWhenUnnamed ? this.allocations.oldestFirst(note.customerId()) : List.of();
		Long invoiceId = (note.invoiceNumber() != null) ? invoice(note.invoiceNumber()).id() : null;
		String number = this.numbers.next(DocumentType.CREDIT_NOTE);
		this.jdbc
			.sql("insert into credit_note (number, customer_id, invoice_id, issue_date, amount, reason)"
					+ " values (?, ?, ?, ?, ?, ?)")
			.params(number, note.customerId(), invoiceId, Date.valueOf(today), note.amount(), note.reason())
			.update();
		BigDecimal left = this.allocations.allocate(items, "CREDIT_NOTE", number, note.amount(), today);
		if (left.signum() > 0) {
			this.allocations.credit(note.customerId(), left, today, number, null);
		}
		this.audit.record(null, "CREDIT_NOTE_ISSUED", "customer", String.valueOf(note.customerId()), null,
				number + " " + note.amount().toPlainString() + " " + note.reason());
		return number;
	}

	/** The total of the payments recorded on an order. */
	@Transactional(readOnly = true)
	public BigDecimal paidOnOrder(long orderId) {
		return this.jdbc.sql("select coalesce(sum(amount), 0) from payment where order_id = ?")
			.param(orderId)
			.query(BigDecimal.class)
			.single()
			.setScale(2);
	}

	/** Records that the customer confirmed receiving the order's invoice. */
	public void recordInvoiceReceipt(long orderId) {
		java.sql.Timestamp now = this.clock.timestamp();
		this.jdbc.sql("update invoice set mailed_at = ?, received_confirmed_at = ? where order_id = ?")
			.params(now, now, orderId)
			.update();
	}

	private List<OpenItem> targets(NewPayment payment) {
		if (!payment.invoiceNumbers().isEmpty()) {
			return this.allocations.named(payment.customerId(), payment.invoiceNumbers());
		}
		if (payment.orderId() != null) {
			return invoiceOfOrder(payment.orderId())
				.map((number) -> this.allocations.named(payment.customerId(), List.of(number)))
				.orElse(List.of());
		}
		return this.allocations.oldestFirst(payment.customerId());
	}

	private void useCredit(long customerId, List<OpenItem> items, LocalDate on) {
		BigDecimal credit = this.allocations.creditBalance(customerId);
		if (credit.signum() > 0) {
			BigDecimal left = this.allocations.allocate(items, "CUSTOMER_CREDIT", items.get(0).number(), credit, on);
			BigDecimal used = credit.subtract(left);
			if (used.signum() > 0) {
				this.allocations.credit(customerId, used.negate(), on, items.get(0).number(), items.get(0).invoiceId());
			}
		}
	}

	/** Whether the invoice is posted as an open item. */
	@Transactional(readOnly = true)
	public boolean isPosted(String invoiceNumber) {
		return this.jdbc
			.sql("select count(*) from receivable r join invoice i on i.id = r.invoice_id where i.number = ?")
			.param(invoiceNumber)
			.query(Long.class)
			.single() > 0;
	}

	InvoiceRow invoice(String number) {
		return this.jdbc.sql("select id, customer_id, order_id, due_date, amount from invoice where number = ?")
			.param(number)
			.query(InvoiceRow.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No invoice " + number));
	}

	record InvoiceRow(long id, long customerId, Long orderId, LocalDate dueDate, BigDecimal amount) {
	}

	private record PaymentRow(String number, BigDecimal amount) {
	}

}
