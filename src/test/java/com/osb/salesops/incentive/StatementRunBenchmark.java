package com.osb.salesops.incentive;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.osb.salesops.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The quarterly statement run must read, compute and write the statements of 10,000 reps
 * with 100 credited transactions each (1,000,000) within 60 seconds and 2 GB of heap, on
 * PostgreSQL. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dit.test=StatementRunBenchmark}. The ledger is
 * written with JDBC batches and its set-up is not part of the figure. The figure is the
 * process itself: {@code incentive-statement-run} is started and the application's job
 * executor runs the 20 region jobs of 500 reps each, then the managers' statements; the
 * clock stops when the managers' statements are done. How long it then takes until all
 * 10,000 reps have their review task is printed as well.
 */
@TestPropertySource(properties = { "spring.main.banner-mode=off", "logging.level.root=WARN" })
class StatementRunBenchmark extends PostgresIntegrationTest {

	private static final int REGIONS = 20;

	private static final int REPS = 10_000;

	private static final int OLD_PAYMENTS = 80;

	private static final int CREDIT_NOTES = 8;

	private static final int BAD_DEBTS = 4;

	private static final int NEW_CUSTOMERS = 4;

	private static final int TRANSACTIONS_PER_REP = OLD_PAYMENTS + CREDIT_NOTES + BAD_DEBTS + 2 * NEW_CUSTOMERS;

	private static final Duration TARGET = Duration.ofSeconds(60);

	private static final long HEAP_LIMIT = 2L * 1024 * 1024 * 1024;

	private static final String PERIOD = "2025-Q1";

	private static final long MB = 1024 * 1024;

	private static final LocalDate START = LocalDate.of(2025, 1, 1);

	private static final int BATCH_SIZE = 2_000;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Test
	void runsTenThousandStatementsOfAMillionTransactionsWithinAMinute() throws Exception {
		// given
		long setUpStarted = System.nanoTime();
		ledger();
		System.out.printf(Locale.ROOT, "Set-up: %,d reps, %,d payments, %,d credit notes, %,d write-offs in %.1f s%n",
				REPS, count("payment"), count("credit_note"), count("receivable"), seconds(since(setUpStarted)));
		HeapSampler heap = new HeapSampler();
		heap.start();

		// when
		long started = System.nanoTime();
		String run = this.runtime.startProcessInstanceByKey("incentive-statement-run", Map.of("period", PERIOD))
			.getId();
		awaitRun(run,
				() -> this.history.createHistoricActivityInstanceQuery()
					.processInstanceId(run)
					.activityId("Task_ComputeManagerStatements")
					.finished()
					.count() == 1);
		Duration elapsed = since(started);
		heap.finish();
		awaitRun(run,
				() -> this.tasks.createTaskQuery()
					.processInstanceId(run)
					.taskDefinitionKey("Task_ReviewStatement")
					.count() == REPS);
		Duration reviewsOpen = since(started);

		// then
		long statements = this.jdbc.queryForObject("select count(*) from incentive_statement where quarter = ?",
				Long.class, PERIOD);
		long lines = count("incentive_statement_line");
		System.out.printf(Locale.ROOT,
				"Statement run: %,d statements, %,d lines, %d manager statements in %.1f s (%.0f transactions/s),"
						+ " heap at most %d MB in use, %d MB live after a collection, of %d MB allowed;"
						+ " %,d review tasks open after %.1f s%n",
				statements, lines, count("incentive_manager_statement"), seconds(elapsed), lines / seconds(elapsed),
				heap.used / MB, heap.live / MB, Runtime.getRuntime().maxMemory() / MB, REPS, seconds(reviewsOpen));
		assertThat(statements).isEqualTo(REPS);
		assertThat(lines).isEqualTo((long) REPS * TRANSACTIONS_PER_REP);
		assertThat(this.jdbc.queryForObject("select count(distinct payout) from incentive_statement where quarter = ?",
				Long.class, PERIOD))
			.isOne();
		assertThat(elapsed).isLessThan(TARGET);
		assertThat(Runtime.getRuntime().maxMemory()).as("the heap is capped at 2 GB").isLessThanOrEqualTo(HEAP_LIMIT);
		assertThat(heap.live).isLessThan(HEAP_LIMIT);
	}

	private void awaitRun(String run, BooleanSupplier done) {
		await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200)).until(() -> {
			assertThat(this.runtime.createIncidentQuery().processInstanceId(run).list()).isEmpty();
			return done.getAsBoolean();
		});
	}

	/**
	 * Per rep: an old customer with an order, its invoice, 80 payments and 8 credit notes
	 * in the quarter; 4 invoices without an order written off in the quarter, half of
	 * them 180 days old or older; 4 new customers whose first order is paid in full in
	 * the quarter. 100 credited transactions: 84 payments, 8 credit notes, 4 bad debts
	 * and 4 first orders paid.
	 */
	private void ledger() {
		this.jdbc.update("insert into market (id, name, manager_user_id) values ('SM', 'Statement market', 'smm')");
		this.jdbc.update("insert into manager_incentive (user_id, team_level, name, target_incentive)"
				+ " values ('smm', 'MARKET', 'Statement market manager', 20000)");
		List<Object[]> regions = new ArrayList<>();
		for (int region = 1; region <= REGIONS; region++) {
			regions.add(new Object[] { regionOf(region), "Statement region " + region });
		}
		this.jdbc.batchUpdate("insert into region (id, market_id, name) values (?, 'SM', ?)", regions);
		List<Object[]> reps = new ArrayList<>();
		List<Object[]> quotas = new ArrayList<>();
		for (int rep = 0; rep < REPS; rep++) {
			reps.add(new Object[] { repOf(rep), regionOf(rep % REGIONS + 1), "srep" + rep, "Statement rep " + rep,
					Date.valueOf("2020-01-01"), new BigDecimal("10000.00") });
			quotas.add(new Object[] { repOf(rep), PERIOD, new BigDecimal("100000.00") });
		}
		batch("insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive)"
				+ " values (?, ?, ?, ?, ?, ?)", reps);
		batch("insert into incentive_quota (rep_id, quarter, quota) values (?, ?, ?)", quotas);
		int customersPerRep = 1 + NEW_CUSTOMERS;
		List<Long> customers = ids("customer", REPS * customersPerRep);
		List<Long> orders = ids("sales_order", REPS * customersPerRep);
		List<Long> invoices = ids("invoice", REPS * (1 + BAD_DEBTS));
		Ledger ledger = new Ledger();
		for (int rep = 0; rep < REPS; rep++) {
			ledger.rep(rep, customers.subList(rep * customersPerRep, (rep + 1) * customersPerRep),
					orders.subList(rep * customersPerRep, (rep + 1) * customersPerRep),
					invoices.subList(rep * (1 + BAD_DEBTS), (rep + 1) * (1 + BAD_DEBTS)));
		}
		batch("insert into customer (id, code, name, rep_id, first_order_date) values (?, ?, ?, ?, ?)",
				ledger.customers);
		batch("insert into sales_order (id, number, customer_id, rep_id, status, order_date, total_amount,"
				+ " created_by) values (?, ?, ?, ?, 'CLOSED', ?, ?, 'benchmark')", ledger.orders);
		batch("insert into invoice (id, number, customer_id, order_id, issue_date, due_date, amount, status)"
				+ " values (?, ?, ?, ?, ?, ?, ?, 'OPEN')", ledger.invoices);
		batch("insert into receivable (invoice_id, customer_id, due_date, amount, open_amount, written_off_on)"
				+ " values (?, ?, ?, ?, ?, ?)", ledger.writeOffs);
		batch("insert into credit_note (number, customer_id, invoice_id, issue_date, amount) values (?, ?, ?, ?, ?)",
				ledger.creditNotes);
		batch("insert into payment (number, customer_id, order_id, invoice_id, received_on, amount)"
				+ " values (?, ?, ?, ?, ?, ?)", ledger.payments);
		this.jdbc.execute("analyze");
	}

	private final class Ledger {

		final List<Object[]> customers = new ArrayList<>();

		final List<Object[]> orders = new ArrayList<>();

		final List<Object[]> invoices = new ArrayList<>();

		final List<Object[]> writeOffs = new ArrayList<>();

		final List<Object[]> creditNotes = new ArrayList<>();

		final List<Object[]> payments = new ArrayList<>();

		private long number;

		void rep(int rep, List<Long> customerIds, List<Long> orderIds, List<Long> invoiceIds) {
			String repId = repOf(rep);
			long old = customerIds.get(0);
			this.customers
				.add(new Object[] { old, "SC" + old, "Old customer " + old, repId, Date.valueOf("2020-01-01") });
			this.orders.add(new Object[] { orderIds.get(0), next("SO"), old, repId, Date.valueOf("2024-12-01"),
					new BigDecimal("1000000.00") });
			this.invoices.add(new Object[] { invoiceIds.get(0), next("SI"), old, orderIds.get(0),
					Date.valueOf("2024-12-05"), Date.valueOf("2025-01-04"), new BigDecimal("1000000.00") });
			for (int i = 0; i < OLD_PAYMENTS; i++) {
				this.payments.add(new Object[] { next("SP"), old, orderIds.get(0), invoiceIds.get(0), day(i),
						new BigDecimal("1000.00") });
			}
			for (int i = 0; i < CREDIT_NOTES; i++) {
				this.creditNotes
					.add(new Object[] { next("SN"), old, invoiceIds.get(0), day(i * 11), new BigDecimal("500.00") });
			}
			for (int i = 0; i < BAD_DEBTS; i++) {
				LocalDate writtenOff = START.plusDays(30 + i * 7);
				LocalDate issued = writtenOff.minusDays((i % 2 == 0) ? 100 : 200);
				this.invoices.add(new Object[] { invoiceIds.get(1 + i), next("SI"), old, null, Date.valueOf(issued),
						Date.valueOf(issued.plusDays(30)), new BigDecimal("700.00") });
				this.writeOffs.add(new Object[] { invoiceIds.get(1 + i), old, Date.valueOf(issued.plusDays(30)),
						new BigDecimal("700.00"), new BigDecimal("700.00"), Date.valueOf(writtenOff) });
			}
			for (int i = 1; i <= NEW_CUSTOMERS; i++) {
				long customer = customerIds.get(i);
				LocalDate ordered = START.plusDays(5 + i);
				this.customers.add(new Object[] { customer, "SC" + customer, "New customer " + customer, repId,
						Date.valueOf(ordered) });
				this.orders.add(new Object[] { orderIds.get(i), next("SO"), customer, repId, Date.valueOf(ordered),
						new BigDecimal("2000.00") });
				this.payments.add(new Object[] { next("SP"), customer, orderIds.get(i), null,
						Date.valueOf(ordered.plusDays(20)), new BigDecimal("2000.00") });
			}
		}

		private String next(String type) {
			return String.format("%s%012d", type, ++this.number);
		}

		private static Date day(int index) {
			return Date.valueOf(START.plusDays(index % 90));
		}

	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(from + BATCH_SIZE, rows.size())));
		}
	}

	private List<Long> ids(String table, int count) {
		return this.jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
				Long.class, table, count);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static String regionOf(int region) {
		return String.format("SR%02d", region);
	}

	private static String repOf(int rep) {
		return String.format("S%05d", rep);
	}

	/**
	 * Samples the heap while the run goes on: the most in use (garbage included) and the
	 * most still in use just after a collection (what the run needs).
	 */
	private static final class HeapSampler extends Thread {

		volatile long used;

		volatile long live;

		private volatile boolean running = true;

		HeapSampler() {
			super("heap-sampler");
			setDaemon(true);
		}

		@Override
		public void run() {
			MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
			List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
				.stream()
				.filter((pool) -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
				.toList();
			while (this.running) {
				this.used = Math.max(this.used, memory.getHeapMemoryUsage().getUsed());
				this.live = Math.max(this.live,
						pools.stream().mapToLong((pool) -> pool.getCollectionUsage().getUsed()).sum());
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

		void finish() throws InterruptedException {
			this.running = false;
			join();
		}

	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

}
