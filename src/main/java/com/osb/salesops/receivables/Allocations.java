package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies money to open items: a payment, a credit note or customer credit settles the
 * invoices it is given one after the other, each up to its open amount, and each
 * allocation is kept with its date so that ageing can be told as of any day. An open item
 * that reaches zero settles its invoice, which ends its collections case.
 */
@Component
class Allocations {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final DueDateTotals dueTotals;

	Allocations(JdbcClient jdbc, ApplicationEventPublisher events, DueDateTotals dueTotals) {
		this.jdbc = jdbc;
		this.events = events;
		this.dueTotals = dueTotals;
	}

	/** The customer's open items, oldest due date first. */
	List<OpenItem> oldestFirst(long customerId) {
		return this.jdbc
			.sql("select r.invoice_id, i.number, r.customer_id, r.due_date, r.open_amount from receivable r"
					+ " join invoice i on i.id = r.invoice_id where r.customer_id = ? and r.open_amount > 0"
					+ " and r.written_off_on is null order by r.due_date, r.invoice_id")
			.param(customerId)
			.query(OpenItem.class)
			.list();
	}

	/**
	 * The named open items of the customer, in the order named; unknown numbers are left
	 * out.
	 */
	List<OpenItem> named(long customerId, List<String> numbers) {
		List<OpenItem> items = new ArrayList<>();
		for (String number : numbers) {
			this.jdbc
				.sql("select r.invoice_id, i.number, r.customer_id, r.due_date, r.open_amount from receivable r"
						+ " join invoice i on i.id = r.invoice_id where r.customer_id = ? and i.number = ?"
						+ " and r.open_amount > 0 and r.written_off_on is null")
				.params(customerId, number)
				.query(OpenItem.class)
				.optional()
				.ifPresent(items::add);
		}
		return items;
	}

	/** Settles the items in order with the amount and answers what is left of it. */
	BigDecimal allocate(List<OpenItem> items, String sourceType, String sourceNumber, BigDecimal amount, LocalDate on) {
		BigDecimal left = amount;
		for (OpenItem item : items) {
			if (left.signum() <= 0) {
				break;
			}
			BigDecimal open = currentOpen(item.invoiceId());
			BigDecimal applied = left.min(open);
			if (applied.signum() <= 0) {
				continue;
			}
			this.jdbc
				.sql("insert into receivable_allocation (invoice_id, source_type, source_number, amount, allocated_on)"
						+ " values (?, ?, ?, ?, ?)")
				.params(item.invoiceId(), sourceType, sourceNumber, applied, Date.valueOf(on))
				.update();
			setOpen(item.invoiceId(), item.number(), open.subtract(applied), on);
			this.dueTotals.recount(item.invoiceId());
			left = left.subtract(applied);
		}
		return left;
	}

	/** Adds to (or, negative, uses) the customer's credit. */
	void credit(long customerId, BigDecimal amount, LocalDate on, String sourceNumber, Long invoiceId) {
		this.jdbc
			.sql("insert into customer_credit (customer_id, amount, occurred_on, source_number, invoice_id)"
					+ " values (?, ?, ?, ?, ?)")
			.params(customerId, amount, Date.valueOf(on), sourceNumber, invoiceId)
			.update();
	}

	BigDecimal creditBalance(long customerId) {
		return this.jdbc.sql("select coalesce(sum(amount), 0) from customer_credit where customer_id = ?")
			.param(customerId)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal currentOpen(long invoiceId) {
		return this.jdbc.sql("select open_amount from receivable where invoice_id = ?")
			.param(invoiceId)
			.query(BigDecimal.class)
			.single();
	}

	private void setOpen(long invoiceId, String number, BigDecimal open, LocalDate on) {
		boolean settled = open.signum() == 0;
		this.jdbc.sql("update receivable set open_amount = ?, settled_on = ? where invoice_id = ?")
			.params(open, settled ? Date.valueOf(on) : null, invoiceId)
			.update();
		if (settled) {
			this.jdbc.sql("update invoice set status = 'SETTLED' where id = ?").param(invoiceId).update();
			this.events.publishEvent(new InvoiceSettled(number, on));
		}
	}

	/**
	 * @param invoiceId the invoice
	 * @param number its number
	 * @param customerId the customer invoiced
	 * @param dueDate its due date
	 * @param openAmount what is still unpaid
	 */
	record OpenItem(long invoiceId, String number, long customerId, LocalDate dueDate, BigDecimal openAmount) {
	}

}
