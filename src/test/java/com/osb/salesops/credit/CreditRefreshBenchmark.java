package com.osb.salesops.credit;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.BulkLedgerFixture;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly credit refresh must re-evaluate 10,000 active customers within 2 minutes
 * on PostgreSQL. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dit.test=CreditRefreshBenchmark}. The ledger (13
 * months of invoices and receivables per customer) is written with JDBC batches and its
 * set-up is not part of the figure. The job executor is off: the benchmark starts
 * {@code credit-refresh} and executes its re-evaluation job itself, and the figure runs
 * from the start of the process to the end of that job. The first refresh rates every
 * customer for the first time; before the second, every 10th customer gets an invoice 95
 * days overdue, so that it drops to grade E and finance gets a review task for it.
 */
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=false", "spring.main.banner-mode=off",
		"logging.level.root=WARN" })
class CreditRefreshBenchmark extends PostgresIntegrationTest {

	private static final int CUSTOMERS = 10_000;

	private static final Duration TARGET = Duration.ofMinutes(2);

	private static final int DOWNGRADED_EVERY = 10;

	private static final int DOWNGRADE_OVERDUE_DAYS = 95;

	private static final int MIN_REVIEWS = 900;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService historyService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BusinessClock clock;

	@Test
	void refreshesTenThousandCustomersWithinTwoMinutes() {
		// given
		long setUpStarted = System.nanoTime();
		BulkLedgerFixture ledger = new BulkLedgerFixture(this.jdbc, this.clock.today());
		ledger.organisation();
		List<Long> customers = ledger.customers(CUSTOMERS);
		Duration setUp = Duration.ofNanos(System.nanoTime() - setUpStarted);
		System.out.printf(Locale.ROOT, "Set-up: %,d customers, %,d invoices and receivables in %.1f s%n", CUSTOMERS,
				count("receivable"), seconds(setUp));

		// when
		Refresh first = refresh();
		System.out.println(first.summary("First refresh") + ", grades " + grades());
		ledger.openInvoices(IntStream.range(0, customers.size())
			.filter((index) -> index % DOWNGRADED_EVERY == 0)
			.mapToObj(customers::get)
			.toList(), DOWNGRADE_OVERDUE_DAYS);
		Refresh second = refresh();

		// then
		System.out.println(second.summary("Second refresh") + ", grades " + grades());
		System.out.printf(Locale.ROOT, "Heap used after a GC: %d MB%n", heapUsedMegabytes());
		assertThat(first.rated()).isEqualTo(CUSTOMERS);
		assertThat(second.rated()).isEqualTo(CUSTOMERS);
		assertThat(first.elapsed()).isLessThan(TARGET);
		assertThat(second.elapsed()).isLessThan(TARGET);
		assertThat(second.reviews()).isGreaterThanOrEqualTo(MIN_REVIEWS);
	}

	/**
	 * Starts a refresh of every active customer and executes its re-evaluation job, which
	 * ends at the review gateway: the process ends, or waits at the review tasks.
	 */
	private Refresh refresh() {
		long started = System.nanoTime();
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey("credit-refresh");
		Job job = this.managementService.createJobQuery().processInstanceId(instance.getId()).singleResult();
		this.managementService.executeJob(job.getId());
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		assertThat(this.managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
		long rated = (Long) this.historyService.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName("ratedCount")
			.singleResult()
			.getValue();
		long reviews = this.taskService.createTaskQuery().processInstanceId(instance.getId()).count();
		return new Refresh(rated, reviews, elapsed);
	}

	private String grades() {
		return this.jdbc
			.queryForList("select grade || '=' || count(*) from credit_profile group by grade order by grade",
					String.class)
			.toString();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static long heapUsedMegabytes() {
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private record Refresh(long rated, long reviews, Duration elapsed) {

		String summary(String name) {
			return String.format(Locale.ROOT,
					"%s: %,d customers rated, %,d reviews opened in %.1f s (%.0f customers/s)", name, this.rated,
					this.reviews, seconds(this.elapsed), this.rated / seconds(this.elapsed));
		}

	}

}
