package com.osb.salesops.receivables;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's statement of account over a period: the balance brought forward, every
 * invoice, payment, credit note and write-off in date order with the running balance, and
 * the balance carried forward. A balance below zero is the customer's credit. A prepaid
 * order shipped before it was paid counts from its shipment day as shipped, not yet
 * invoiced; on the day its invoice is issued it leaves the balance again, where the
 * invoice takes its place.
 */
@Service
@Transactional(readOnly = true)
public class Statements {

	private static final String DOCUMENTS = """
			select i.issue_date as doc_date, cast('INVOICE' as varchar(20)) as kind, i.number, i.amount from invoice i
			  where i.customer_id = ? and i.issue_date <= ?
			union all select p.received_on, 'PAYMENT', p.number, -p.amount from payment p
			  where p.customer_id = ? and p.received_on <= ?
			union all select n.issue_date, 'CREDIT_NOTE', n.number, -n.amount from credit_note n
			  where n.customer_id = ? and n.issue_date <= ?
			union all select r.written_off_on, 'WRITE_OFF', i.number, -r.open_amount from receivable r
			  join invoice i on i.id = r.invoice_id where r.customer_id = ? and r.written_off_on <= ?
			union all select u.shipped_on, 'SHIPPED_NOT_INVOICED', u.order_number, u.amount from shipped_not_invoiced u
			  where u.customer_id = ? and u.shipped_on <= ?
			union all select i.issue_date, 'SHIPMENT_INVOICED', u.order_number, -u.amount from shipped_not_invoiced u
			  join invoice i on i.order_id = u.order_id where u.customer_id = ? and i.issue_date <= ?""";

	private final JdbcClient jdbc;

	Statements(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The statement, or empty when the customer is unknown or outside the scope. */
	public Optional<Statement> of(String customerCode, LocalDate from, LocalDate to, ReceivablesScope scope) {
		return customer(customerCode, scope).map((found) -> statement(found, from, to));
	}

	/**
	 * What is still open of each of the customer's invoices on a day, oldest due first
	 * (the order a payment settles them in when it names none), or empty when the
	 * customer is unknown or outside the scope. Invoices written off are not open.
	 */
	public Optional<OpenInvoices> openInvoices(String customerCode, LocalDate asOf, ReceivablesScope scope) {
		return customer(customerCode, scope).map((found) -> {
			List<OpenInvoice> items = this.jdbc.sql("""
					select i.number, o.number as order_number, i.issue_date, r.due_date, r.amount, r.open_amount
					  from receivable r join invoice i on i.id = r.invoice_id
					  left join sales_order o on o.id = i.order_id
					  where r.customer_id = ? and r.open_amount > 0 and r.written_off_on is null
					  order by r.due_date, r.invoice_id""").param(found.id()).query((row, n) -> {
				LocalDate due = row.getDate("due_date").toLocalDate();
				return new OpenInvoice(row.getString("number"), row.getString("order_number"),
						row.getDate("issue_date").toLocalDate(), due, row.getBigDecimal("amount"),
						row.getBigDecimal("open_amount"), Math.max(0, ChronoUnit.DAYS.between(due, asOf)));
			}).list();
			BigDecimal total = items.stream()
				.map(OpenInvoice::openAmount)
				.reduce(new BigDecimal("0.00"), BigDecimal::add);
			return new OpenInvoices(found.code(), found.name(), asOf, items, total);
		});
	}

	private Optional<Customer> customer(String customerCode, ReceivablesScope scope) {
		List<Object> arguments = new ArrayList<>(List.of(customerCode));
		String sql = "select c.id, c.code, c.name from customer c join sales_rep s on s.id = c.rep_id"
				+ " join region g on g.id = s.region_id join market m on m.id = g.market_id where c.code = ?"
				+ scope.where(arguments);
		return this.jdbc.sql(sql).params(arguments).query(Customer.class).optional();
	}

	private Statement statement(Customer customer, LocalDate from, LocalDate to) {
		Date end = Date.valueOf(to);
		List<Document> documents = new ArrayList<>(this.jdbc.sql(DOCUMENTS)
			.params(customer.id(), end, customer.id(), end, customer.id(), end, customer.id(), end, customer.id(), end,
					customer.id(), end)
			.query(Document.class)
			.list());
		documents.sort(
				Comparator.comparing(Document::docDate).thenComparing(Document::kind).thenComparing(Document::number));
		BigDecimal balance = new BigDecimal("0.00");
		BigDecimal opening = balance;
		List<Line> lines = new ArrayList<>();
		for (Document document : documents) {
			balance = balance.add(document.amount());
			if (document.docDate().isBefore(from)) {
				opening = balance;
				continue;
			}
			lines.add(new Line(document.docDate(), document.kind(), document.number(), document.amount(), balance));
		}
		return new Statement(customer.code(), customer.name(), from, to, opening, lines, balance);
	}

	record Customer(long id, String code, String name) {
	}

	record Document(LocalDate docDate, String kind, String number, BigDecimal amount) {
	}

	/**
	 * @param day the document's date
	 * @param kind INVOICE, PAYMENT, CREDIT_NOTE, WRITE_OFF, SHIPPED_NOT_INVOICED (an
	 * order shipped before payment) or SHIPMENT_INVOICED (that order, now invoiced)
	 * @param number the document's number (the invoice's, for a write-off; the order's,
	 * for a shipment)
	 * @param amount what it adds to the balance (negative for what reduces it)
	 * @param balance the balance after it
	 */
	public record Line(LocalDate day, String kind, String number, BigDecimal amount, BigDecimal balance) {
	}

	/**
	 * @param customerCode the customer
	 * @param customerName its name
	 * @param from the first day
	 * @param to the last day
	 * @param openingBalance the balance brought forward
	 * @param lines the documents of the period
	 * @param closingBalance the balance carried forward
	 */
	public record Statement(String customerCode, String customerName, LocalDate from, LocalDate to,
			BigDecimal openingBalance, List<Line> lines, BigDecimal closingBalance) {
	}

	/**
	 * @param number the invoice's number
	 * @param orderNumber the order it bills, if any
	 * @param issueDate the day it was issued
	 * @param dueDate the day it falls due
	 * @param amount what it billed
	 * @param openAmount what is still open of it
	 * @param daysPastDue the days since it fell due, 0 before
	 */
	public record OpenInvoice(String number, String orderNumber, LocalDate issueDate, LocalDate dueDate,
			BigDecimal amount, BigDecimal openAmount, long daysPastDue) {
	}

	/**
	 * @param customerCode the customer
	 * @param customerName its name
	 * @param asOf the day
	 * @param items its open invoices, oldest due first
	 * @param total what is open of them together
	 */
	public record OpenInvoices(String customerCode, String customerName, LocalDate asOf, List<OpenInvoice> items,
			BigDecimal total) {
	}

}
