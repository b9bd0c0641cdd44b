package com.osb.salesops.support;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A large sales ledger for benchmarks, written with JDBC batches straight into the
 * tables: a market with 4 regions and 50 reps, then customers with 13 months of monthly
 * invoices and their receivables. Invoices are paid late by a number of days that spreads
 * the customers over grades A to D; every 25th customer also has an invoice open long
 * past its due date (grade E). PostgreSQL only: ids are drawn from the tables' sequences.
 */
public final class BulkLedgerFixture {

	private static final int MONTHS = 13;

	private static final int NET_DAYS = 30;

	private static final int REGIONS = 4;

	private static final int REPS = 50;

	private static final int BATCH_SIZE = 1_000;

	private static final int OVERDUE_DAYS_OF_GRADE_E = 120;

	/** Days late, lowest and highest, that keep a customer in grade A, B, C and D. */
	private static final int[][] DAYS_LATE = { { 0, 5 }, { 6, 15 }, { 16, 30 }, { 31, 60 } };

	private static final String[] GROWTH = { "HIGH", "MEDIUM", "LOW" };

	private static final AtomicLong INVOICE_NUMBERS = new AtomicLong();

	private final JdbcTemplate jdbc;

	private final LocalDate today;

	public BulkLedgerFixture(JdbcTemplate jdbc, LocalDate today) {
		this.jdbc = jdbc;
		this.today = today;
	}

	/**
	 * Market {@code BM}, regions {@code BR1} to {@code BR4}, reps {@code BREP01} to 50.
	 */
	public void organisation() {
		this.jdbc.update("insert into market (id, name) values ('BM', 'Benchmark market')");
		List<Object[]> regions = new ArrayList<>();
		for (int region = 1; region <= REGIONS; region++) {
			regions.add(new Object[] { "BR" + region, "Benchmark region " + region });
		}
		this.jdbc.batchUpdate("insert into region (id, market_id, name) values (?, 'BM', ?)", regions);
		List<Object[]> reps = new ArrayList<>();
		for (int rep = 1; rep <= REPS; rep++) {
			reps.add(new Object[] { repOf(rep - 1), "BR" + ((rep - 1) % REGIONS + 1), "bench-rep-" + rep,
					"Benchmark rep " + rep, Date.valueOf(this.today.minusYears(5)) });
		}
		this.jdbc.batchUpdate("insert into sales_rep (id, region_id, user_id, name, hired_on) values (?, ?, ?, ?, ?)",
				reps);
	}

	/**
	 * Active customers {@code B000000} onwards, each with its invoice history.
	 * @return the customers' ids, in code order
	 */
	public List<Long> customers(int count) {
		List<Long> ids = nextIds("customer", count);
		List<Object[]> rows = new ArrayList<>(count);
		List<Invoice> invoices = new ArrayList<>(count * (MONTHS + 1));
		for (int customer = 0; customer < count; customer++) {
			rows.add(new Object[] { ids.get(customer), String.format("B%06d", customer),
					"Benchmark customer " + customer, repOf(customer), GROWTH[customer % GROWTH.length],
					Date.valueOf(this.today.minusYears(3 + customer % 8).minusDays(customer % 200)) });
			history(customer, ids.get(customer), invoices);
		}
		batch("insert into customer (id, code, name, rep_id, growth_potential, first_order_date)"
				+ " values (?, ?, ?, ?, ?, ?)", rows, null);
		write(invoices);
		return ids;
	}

	/** One more invoice for each customer, still open and due the given days ago. */
	public void openInvoices(List<Long> customerIds, int daysPastDue) {
		LocalDate due = this.today.minusDays(daysPastDue);
		write(customerIds.stream()
			.map((id) -> new Invoice(id, due.minusDays(NET_DAYS), new BigDecimal("5000.00"), null))
			.toList());
	}

	/**
	 * One invoice a month, paid within the days late of the customer's band (customers
	 * change band every 10), unless the payment date has not come yet.
	 */
	private void history(int customer, long customerId, List<Invoice> invoices) {
		int band = (customer / 10) % 10;
		int[] daysLate = DAYS_LATE[(band < 4) ? 0 : (band < 7) ? 1 : (band < 9) ? 2 : 3];
		BigDecimal monthly = BigDecimal.valueOf(2_000 + (customer % 200) * 250L).setScale(2);
		for (int month = MONTHS; month >= 1; month--) {
			LocalDate issued = this.today.withDayOfMonth(1).minusMonths(month).plusDays(customer % 20);
			int late = daysLate[0] + (customer + month) % (daysLate[1] - daysLate[0] + 1);
			LocalDate paid = issued.plusDays(NET_DAYS + late);
			BigDecimal amount = monthly.add(BigDecimal.valueOf((month % 3) * 100L));
			invoices.add(new Invoice(customerId, issued, amount, paid.isBefore(this.today) ? paid : null));
		}
		if (customer % 25 == 12) {
			LocalDate due = this.today.minusDays(OVERDUE_DAYS_OF_GRADE_E);
			invoices.add(new Invoice(customerId, due.minusDays(NET_DAYS), monthly, null));
		}
	}

	private void write(List<Invoice> invoices) {
		List<Long> ids = nextIds("invoice", invoices.size());
		List<Object[]> invoiceRows = new ArrayList<>(invoices.size());
		List<Object[]> receivableRows = new ArrayList<>(invoices.size());
		for (int i = 0; i < invoices.size(); i++) {
			Invoice invoice = invoices.get(i);
			Date due = Date.valueOf(invoice.issued().plusDays(NET_DAYS));
			boolean settled = invoice.settledOn() != null;
			invoiceRows.add(new Object[] { ids.get(i), String.format("BENCH%09d", INVOICE_NUMBERS.incrementAndGet()),
					invoice.customerId(), Date.valueOf(invoice.issued()), due, invoice.amount(),
					settled ? "SETTLED" : "OPEN" });
			receivableRows.add(new Object[] { ids.get(i), invoice.customerId(), due, invoice.amount(),
					settled ? BigDecimal.ZERO : invoice.amount(), settled ? Date.valueOf(invoice.settledOn()) : null });
		}
		batch("insert into invoice (id, number, customer_id, issue_date, due_date, amount, status)"
				+ " values (?, ?, ?, ?, ?, ?, ?)", invoiceRows, null);
		batch("insert into receivable (invoice_id, customer_id, due_date, amount, open_amount, settled_on)"
				+ " values (?, ?, ?, ?, ?, ?)", receivableRows,
				new int[] { Types.BIGINT, Types.BIGINT, Types.DATE, Types.NUMERIC, Types.NUMERIC, Types.DATE });
	}

	private void batch(String sql, List<Object[]> rows, int[] types) {
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			List<Object[]> chunk = rows.subList(from, Math.min(from + BATCH_SIZE, rows.size()));
			if (types != null) {
				this.jdbc.batchUpdate(sql, chunk, types);
			}
			else {
				this.jdbc.batchUpdate(sql, chunk);
			}
		}
	}

	private List<Long> nextIds(String table, int count) {
		return this.jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
				Long.class, table, count);
	}

	private static String repOf(int index) {
		return String.format("BREP%02d", index % REPS + 1);
	}

	private record Invoice(long customerId, LocalDate issued, BigDecimal amount, LocalDate settledOn) {
	}

}
