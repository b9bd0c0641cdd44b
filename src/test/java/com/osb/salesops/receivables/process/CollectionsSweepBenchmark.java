package com.osb.salesops.receivables.process;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.BulkLedgerFixture;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily collections sweep over 100,000 open invoices past due on PostgreSQL. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dit.test=CollectionsSweepBenchmark}. 1,000
 * customers with 13 months of history each get 100 open invoices, 1 to 100 days past due
 * (written with JDBC batches, not part of the figure). The job executor is off, so the
 * figures are the sweep itself: the first sweep starts a case for each of the 100,000
 * invoices (each case's first step is a job of its own); the next day's sweep finds every
 * case and tells each one whose table gives a new action. The target is the night the
 * sweep runs in: 10 minutes.
 */
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=false", "spring.main.banner-mode=off",
		"logging.level.root=WARN" })
class CollectionsSweepBenchmark extends PostgresIntegrationTest {

	private static final int CUSTOMERS = 1_000;

	private static final int INVOICES_PER_CUSTOMER = 100;

	private static final Duration TARGET = Duration.ofMinutes(10);

	@Autowired
	CollectionsSweep sweep;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BusinessClock clock;

	@Test
	void sweepsOneHundredThousandOpenInvoices() {
		// given
		LocalDate today = this.clock.today();
		long setUpStarted = System.nanoTime();
		BulkLedgerFixture ledger = new BulkLedgerFixture(this.jdbc, today);
		ledger.organisation();
		List<Long> customers = ledger.customers(CUSTOMERS);
		for (int days = 1; days <= INVOICES_PER_CUSTOMER; days++) {
			ledger.openInvoices(customers, days);
		}
		long overdue = this.jdbc.queryForObject(
				"select count(*) from receivable where open_amount > 0 and due_date < ?", Long.class,
				java.sql.Date.valueOf(today));
		System.out.printf(Locale.ROOT, "Set-up: %,d open invoices past due in %.1f s%n", overdue,
				(System.nanoTime() - setUpStarted) / 1e9);

		// when
		long started = System.nanoTime();
		CollectionsSweep.Swept first = this.sweep.sweep(today);
		Duration firstElapsed = Duration.ofNanos(System.nanoTime() - started);
		started = System.nanoTime();
		CollectionsSweep.Swept next = this.sweep.sweep(today.plusDays(1));
		Duration nextElapsed = Duration.ofNanos(System.nanoTime() - started);

		// then
		System.out.printf(Locale.ROOT, "First sweep: %,d cases started in %.1f s (%.0f invoices a second)%n",
				first.started(), firstElapsed.toNanos() / 1e9, first.started() / (firstElapsed.toNanos() / 1e9));
		System.out.printf(Locale.ROOT, "Next day's sweep: %,d open cases read, %,d woken in %.1f s%n", overdue,
				next.woken(), nextElapsed.toNanos() / 1e9);
		assertThat(overdue).isGreaterThanOrEqualTo((long) CUSTOMERS * INVOICES_PER_CUSTOMER);
		assertThat(first.started()).isEqualTo((int) overdue);
		assertThat(firstElapsed).isLessThan(TARGET);
		assertThat(nextElapsed).isLessThan(TARGET);
	}

}
