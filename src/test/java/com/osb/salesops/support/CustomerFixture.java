package com.osb.salesops.support;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import com.osb.salesops.masterdata.RepLocks;
import com.osb.salesops.receivables.DueDateTotals;
import com.osb.salesops.shared.time.BusinessClock;

import com.osb.salesops.shared.transaction.Database;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Customers for tests on a database without demo data: a small sales organisation, then
 * customers with a given credit profile and open items.
 */
public final class CustomerFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final JdbcTemplate jdbc;

	public CustomerFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		organisation();
	}

	/** A new customer owned by the rep with the given user id (T01 = tina, T02 = tom). */
	public long customer(String repId) {
		String code = "T" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
		this.jdbc.update("insert into customer (code, name, rep_id, first_order_date) values (?, ?, ?, ?)", code,
				"Customer " + code, repId, Date.valueOf(TestClock.today().minusYears(4)));
		return this.jdbc.queryForObject("select id from customer where code = ?", Long.class, code);
	}

	/** A new customer of tina's, graded A with a limit of 240,000 on NET60; its code. */
	public String creditworthyCustomer() {
		long customer = customer("T01");
		profile(customer, "A", "240000.00", "NET60");
		return code(customer);
	}

	/** A new product at 600 (floor 450) with 100 in stock; its SKU. */
	public String product() {
		String sku = "IT-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet();
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'Test controller', 600, 450, 100)", sku);
		return sku;
	}

	public String code(long customerId) {
		return this.jdbc.queryForObject("select code from customer where id = ?", String.class, customerId);
	}

	public void profile(long customerId, String grade, String limit, String terms) {
		this.jdbc.update(
				"insert into credit_profile (customer_id, grade, formula_limit, credit_limit, payment_terms,"
						+ " evaluated_on) values (?, ?, ?, ?, ?, ?)",
				customerId, grade, new BigDecimal(limit), new BigDecimal(limit), terms,
				Date.valueOf(TestClock.today()));
	}

	/**
	 * An invoice still open, due the given number of days ago (negative: not yet due).
	 */
	public void openInvoice(long customerId, String amount, int daysPastDue) {
		String number = "FPTEST" + System.nanoTime() + SEQUENCE.incrementAndGet();
		LocalDate due = TestClock.today().minusDays(daysPastDue);
		this.jdbc.update(
				"insert into invoice (number, customer_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, ?, ?, ?, 'OPEN')",
				number, customerId, Date.valueOf(due.minusDays(30)), Date.valueOf(due), new BigDecimal(amount));
		Long invoiceId = this.jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
		this.jdbc.update(
				"insert into receivable (invoice_id, customer_id, due_date, amount, open_amount)"
						+ " values (?, ?, ?, ?, ?)",
				invoiceId, customerId, Date.valueOf(due), new BigDecimal(amount), new BigDecimal(amount));
		new DueDateTotals(this.jdbc,
				new BusinessClock(TestClock.BUSINESS_ZONE, Clock.fixed(TestClock.now(), TestClock.BUSINESS_ZONE)),
				new RepLocks(this.jdbc, new Database(this.jdbc)))
			.recount(invoiceId);
	}

	private void organisation() {
		Integer markets = this.jdbc.queryForObject("select count(*) from market where id = 'TM'", Integer.class);
		if (markets != null && markets > 0) {
			return;
		}
		this.jdbc.update("insert into market (id, name) values ('TM', 'Test market')");
		this.jdbc.update("insert into region (id, market_id, name) values ('TR1', 'TM', 'Test region 1')");
		this.jdbc.update("insert into region (id, market_id, name) values ('TR2', 'TM', 'Test region 2')");
		this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on)"
				+ " values ('T01', 'TR1', 'tina', 'Tina', ?)", Date.valueOf(TestClock.today().minusYears(3)));
		this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on)"
				+ " values ('T02', 'TR2', 'tom', 'Tom', ?)", Date.valueOf(TestClock.today().minusYears(3)));
	}

}
