package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Invoices from before the application, in the ledger as finance keeps it: each one and
 * its open item, settled on the day it was paid in full or still open for what is left.
 * With the last 12 months of them, the first credit refresh rates a customer on its real
 * sales and payment history.
 */
@Service
public class OpeningBalances {

	private final JdbcClient jdbc;

	private final DueDateTotals dueTotals;

	OpeningBalances(JdbcClient jdbc, DueDateTotals dueTotals) {
		this.jdbc = jdbc;
		this.dueTotals = dueTotals;
	}

	public Optional<OpeningInvoice> find(String number) {
		return this.jdbc
			.sql("select i.number, i.customer_id, i.issue_date, i.due_date, i.amount, r.open_amount, r.settled_on"
					+ " from invoice i join receivable r on r.invoice_id = i.id where i.number = ?")
			.param(number)
			.query(OpeningInvoice.class)
			.optional();
	}

	/** Whether an invoice of that number belongs to an order of the application. */
	public boolean issuedHere(String number) {
		return this.jdbc.sql("select count(*) from invoice where number = ? and order_id is not null")
			.param(number)
			.query(Long.class)
			.single() > 0;
	}

	public void post(OpeningInvoice invoice) {
		String status = (invoice.openAmount().signum() == 0) ? "SETTLED" : "OPEN";
		Date settled = (invoice.settledOn() != null) ? Date.valueOf(invoice.settledOn()) : null;
		List<Long> existing = this.jdbc.sql("select id from invoice where number = ?")
			.param(invoice.number())
			.query(Long.class)
			.list();
		if (existing.isEmpty()) {
			this.jdbc
				.sql("insert into invoice (number, customer_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(invoice.number(), invoice.customerId(), Date.valueOf(invoice.issueDate()),
						Date.valueOf(invoice.dueDate()), invoice.amount(), status)
				.update();
			long id = this.jdbc.sql("select id from invoice where number = ?")
				.param(invoice.number())
				.query(Long.class)
				.single();
			this.jdbc
				.sql("insert into receivable (invoice_id, customer_id, due_date, amount, open_amount, settled_on)"
						+ " values (?, ?, ?, ?, ?, ?)")
				.params(id, invoice.customerId(), Date.valueOf(invoice.dueDate()), invoice.amount(),
						invoice.openAmount(), settled)
				.update();
			allocateOpening(id, invoice);
			this.dueTotals.recount(id);
			return;
		}
		List<DueDateTotals.Key> before = this.dueTotals.keyOf(existing.get(0));
		this.jdbc.sql(
				"update invoice set customer_id = ?, issue_date = ?, due_date = ?, amount = ?, status = ? where id = ?")
			.params(invoice.customerId(), Date.valueOf(invoice.issueDate()), Date.valueOf(invoice.dueDate()),
					invoice.amount(), status, existing.get(0))
			.update();
		this.jdbc
			.sql("update receivable set customer_id = ?, due_date = ?, amount = ?, open_amount = ?, settled_on = ?"
					+ " where invoice_id = ?")
			.params(invoice.customerId(), Date.valueOf(invoice.dueDate()), invoice.amount(), invoice.openAmount(),
					settled, existing.get(0))
			.update();
		this.jdbc.sql("delete from receivable_allocation where invoice_id = ? and source_type = 'OPENING'")
			.param(existing.get(0))
			.update();
		allocateOpening(existing.get(0), invoice);
		before.forEach(this.dueTotals::recount);
		this.dueTotals.recount(existing.get(0));
	}

	/**
	 * What was paid before the application: one allocation dated the day it settled, or
	 * its due date for a part payment, so that ageing as of a past day holds.
	 */
	private void allocateOpening(long invoiceId, OpeningInvoice invoice) {
		BigDecimal paid = invoice.amount().subtract(invoice.openAmount());
		if (paid.signum() > 0) {
			LocalDate on = (invoice.settledOn() != null) ? invoice.settledOn() : invoice.dueDate();
			this.jdbc
				.sql("insert into receivable_allocation (invoice_id, source_type, source_number, amount, allocated_on)"
						+ " values (?, 'OPENING', ?, ?, ?)")
				.params(invoiceId, invoice.number(), paid, Date.valueOf(on))
				.update();
		}
	}

	/** A receipt from before the application, by its number. */
	public Optional<OpeningReceipt> receipt(String number) {
		return this.jdbc
			.sql("select p.number, p.customer_id, p.received_on, p.amount, i.number as invoice_number from payment p"
					+ " left join invoice i on i.id = p.invoice_id where p.number = ?")
			.param(number)
			.query(OpeningReceipt.class)
			.optional();
	}

	/** Whether a receipt of that number was recorded by the application itself. */
	public boolean receivedHere(String number) {
		return this.jdbc
			.sql("select count(*) from payment where number = ? and (reference is null or reference <> 'OPENING')")
			.param(number)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records or corrects a receipt from before the application. It settles nothing: the
	 * opening invoices already say what is open.
	 */
	public void post(OpeningReceipt receipt) {
		Long invoiceId = (receipt.invoiceNumber() != null) ? this.jdbc.sql("select id from invoice where number = ?")
			.param(receipt.invoiceNumber())
			.query(Long.class)
			.single() : null;
		int updated = this.jdbc
			.sql("update payment set customer_id = ?, received_on = ?, amount = ?, invoice_id = ? where number = ?")
			.params(receipt.customerId(), Date.valueOf(receipt.receivedOn()), receipt.amount(), invoiceId,
					receipt.number())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into payment (number, customer_id, invoice_id, received_on, amount, reference)"
						+ " values (?, ?, ?, ?, ?, 'OPENING')")
				.params(receipt.number(), receipt.customerId(), invoiceId, Date.valueOf(receipt.receivedOn()),
						receipt.amount())
				.update();
		}
	}

	/** The receipts imported as opening balances. */
	public List<OpeningReceipt> receipts() {
		return this.jdbc
			.sql("select p.number, p.customer_id, p.received_on, p.amount, i.number as invoice_number from payment p"
					+ " left join invoice i on i.id = p.invoice_id where p.reference = 'OPENING' order by p.number")
			.query(OpeningReceipt.class)
			.list();
	}

	public List<OpeningInvoice> all() {
		return this.jdbc
			.sql("select i.number, i.customer_id, i.issue_date, i.due_date, i.amount, r.open_amount, r.settled_on"
					+ " from invoice i join receivable r on r.invoice_id = i.id where i.order_id is null order by i.number")
			.query(OpeningInvoice.class)
			.list();
	}

	/**
	 * @param number invoice number
	 * @param customerId the customer invoiced
	 * @param issueDate issue date
	 * @param dueDate due date
	 * @param amount invoiced amount
	 * @param openAmount what is still unpaid
	 * @param settledOn the day it was paid in full, when it is
	 */
	public record OpeningInvoice(String number, long customerId, LocalDate issueDate, LocalDate dueDate,
			BigDecimal amount, BigDecimal openAmount, LocalDate settledOn) {

		public boolean sameAs(OpeningInvoice other) {
			return this.customerId == other.customerId && this.issueDate.equals(other.issueDate)
					&& this.dueDate.equals(other.dueDate) && this.amount.compareTo(other.amount) == 0
					&& this.openAmount.compareTo(other.openAmount) == 0
					&& java.util.Objects.equals(this.settledOn, other.settledOn);
		}

	}

	/**
	 * A payment received before the application.
	 *
	 * @param invoiceNumber the invoice it paid, or null
	 */
	public record OpeningReceipt(String number, long customerId, LocalDate receivedOn, BigDecimal amount,
			String invoiceNumber) {

		public boolean sameAs(OpeningReceipt other) {
			return this.customerId == other.customerId && this.receivedOn.equals(other.receivedOn)
					&& this.amount.compareTo(other.amount) == 0
					&& java.util.Objects.equals(this.invoiceNumber, other.invoiceNumber);
		}

	}

}
