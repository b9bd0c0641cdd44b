package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.support.CustomerFixture;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rep's ledger for incentive tests on a database without demo data: reps with a quota,
 * orders, invoices, payments, credit notes and written-off invoices, each with a document
 * number of the company scheme.
 */
final class LedgerFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcTemplate jdbc;

	private final CustomerFixture customers;

	private final Quarter quarter;

	LedgerFixture(JdbcTemplate jdbc, Quarter quarter) {
		this.jdbc = jdbc;
		this.customers = new CustomerFixture(jdbc);
		this.quarter = quarter;
	}

	/** A customer of long standing: its first order predates the ledger. */
	long customer(String rep) {
		return this.customers.customer(rep);
	}

	/**
	 * A new rep in the region, with a target incentive and a quota for the quarter
	 * entered by sales ops.
	 */
	String rep(String region, String targetIncentive, String quota) {
		String id = repWithoutQuota(region, targetIncentive);
		enterQuota(id, this.quarter, quota);
		return id;
	}

	/** A new rep in the region, with a target incentive and no quota entered. */
	String repWithoutQuota(String region, String targetIncentive) {
		String id = "I" + SEQUENCE.incrementAndGet();
		this.jdbc.update(
				"insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive)"
						+ " values (?, ?, ?, ?, ?, ?)",
				id, region, "user-" + id, "Rep " + id, Date.valueOf("2020-01-01"), new BigDecimal(targetIncentive));
		return id;
	}

	/** A quota sales ops enter for the rep and quarter in {@code incentive_quota}. */
	void enterQuota(String rep, Quarter quarter, String quota) {
		this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values (?, ?, ?)", rep,
				quarter.toString(), new BigDecimal(quota));
	}

	long customerFirstOrderingOn(String rep, String date) {
		long customer = this.customers.customer(rep);
		this.jdbc.update("update customer set first_order_date = ? where id = ?", Date.valueOf(date), customer);
		return customer;
	}

	long order(String rep, long customer, String date, String total) {
		String number = number(date, "DD");
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " created_by) values (?, ?, ?, 'CLOSED', ?, ?, 'test')",
				number, customer, rep, Date.valueOf(date), new BigDecimal(total));
		return this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
	}

	long invoice(long customer, Long order, String date, String amount) {
		String number = number(date, "FP");
		this.jdbc.update(
				"insert into invoice (number, customer_id, order_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, ?, ?, ?, ?, 'OPEN')",
				number, customer, order, Date.valueOf(date), Date.valueOf(LocalDate.parse(date).plusDays(30)),
				new BigDecimal(amount));
		return this.jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
	}

	String payment(long customer, long order, Long invoice, String date, String amount) {
		String number = number(date, "SK");
		this.jdbc.update(
				"insert into payment (number, customer_id, order_id, invoice_id, received_on, amount)"
						+ " values (?, ?, ?, ?, ?, ?)",
				number, customer, order, invoice, Date.valueOf(date), new BigDecimal(amount));
		return number;
	}

	String creditNote(long customer, long invoice, String date, String amount) {
		String number = number(date, "TH");
		this.jdbc.update(
				"insert into credit_note (number, customer_id, invoice_id, issue_date, amount)"
						+ " values (?, ?, ?, ?, ?)",
				number, customer, invoice, Date.valueOf(date), new BigDecimal(amount));
		return number;
	}

	/** An invoice without an order, issued on a day and written off unpaid on another. */
	String writeOff(long customer, LocalDate issued, String amount, LocalDate writtenOff) {
		long invoice = invoice(customer, null, issued.toString(), amount);
		this.jdbc.update(
				"insert into receivable (invoice_id, customer_id, due_date, amount, open_amount,"
						+ " written_off_on) values (?, ?, ?, ?, ?, ?)",
				invoice, customer, Date.valueOf(issued.plusDays(30)), new BigDecimal(amount), new BigDecimal(amount),
				Date.valueOf(writtenOff));
		return number(invoice, "invoice");
	}

	String number(long id, String table) {
		return this.jdbc.queryForObject("select number from " + table + " where id = ?", String.class, id);
	}

	private static String number(String date, String type) {
		return "SC" + LocalDate.parse(date).format(DateTimeFormatter.BASIC_ISO_DATE) + type
				+ String.format("%04d", SEQUENCE.incrementAndGet());
	}

}
