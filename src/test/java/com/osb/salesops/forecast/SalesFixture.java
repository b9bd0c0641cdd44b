package com.osb.salesops.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders, invoices and credit notes of the demo company written straight into the ledger,
 * for forecast tests: each order has one line of one product, sold through a channel.
 * Everything it writes is numbered {@code FCT-...} and removed by {@link #clear()}.
 */
public final class SalesFixture {

	private final JdbcTemplate jdbc;

	private int sequence;

	public SalesFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An order invoiced on the day. */
	public long invoiced(String customerCode, String sku, String channel, LocalDate day, String amount) {
		long order = order(customerCode, sku, channel, day, amount, "INVOICED");
		String number = "FCT-I" + (++this.sequence);
		this.jdbc.update(
				"insert into invoice (number, customer_id, order_id, issue_date, due_date, amount, status)"
						+ " select ?, customer_id, id, ?, ?, total_amount, 'OPEN' from sales_order where id = ?",
				number, day, day.plusDays(30), order);
		return this.jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
	}

	/** A credit note on an invoice, issued on the day. */
	public void credited(long invoiceId, LocalDate day, String amount) {
		this.jdbc.update(
				"insert into credit_note (number, customer_id, invoice_id, issue_date, amount, reason)"
						+ " select ?, customer_id, id, ?, ?, 'returned' from invoice where id = ?",
				"FCT-C" + (++this.sequence), day, new BigDecimal(amount), invoiceId);
	}

	/** An order not yet invoiced, wanted on the day. */
	public long open(String customerCode, String sku, String channel, LocalDate day, String amount) {
		return order(customerCode, sku, channel, day, amount, "CONTRACT_SIGNED");
	}

	public void clear() {
		this.jdbc.update("delete from credit_note where number like 'FCT-%'");
		this.jdbc.update("delete from invoice where number like 'FCT-%'");
		this.jdbc.update("delete from sales_order_line where order_id in"
				+ " (select id from sales_order where number like 'FCT-%')");
		this.jdbc.update("delete from sales_order where number like 'FCT-%'");
	}

	private long order(String customerCode, String sku, String channel, LocalDate day, String amount, String status) {
		String number = "FCT-O" + (++this.sequence);
		BigDecimal total = new BigDecimal(amount);
		this.jdbc.update("insert into sales_order (number, customer_id, rep_id, status, order_date, requested_date,"
				+ " total_amount, created_by, channel) select ?, id, rep_id, ?, ?, ?, ?, 'test', ?"
				+ " from customer where code = ?", number, status, day, day, total, channel, customerCode);
		long order = this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
		this.jdbc
			.update("insert into sales_order_line (order_id, line_no, product_id, quantity, unit_price, line_amount)"
					+ " select ?, 1, id, 1, ?, ? from product where sku = ?", order, total, total, sku);
		return order;
	}

}
