package com.osb.salesops.ordertocash.process;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The heap the application holds with 200 orders in flight, whose target is that it fits
 * in 1 GiB. Run with
 * {@code ./mvnw -B -Pbenchmark verify -Dit.test=OrdersInFlightBenchmark}.
 * <p>
 * The application runs on PostgreSQL with its job executor, as in production. A first
 * order of each kind is worked to its first user task (so that the forms, rules and
 * process definitions are loaded), then 200 NET-terms orders are submitted over REST and
 * left waiting at that task, the contract review. The heap still in use after a
 * collection ({@link MemoryMXBean}) is read before and after, and the benchmark fails
 * when the application with its 200 orders holds 1 GiB or more.
 */
@TestPropertySource(properties = { "spring.main.banner-mode=off", "logging.level.root=WARN" })
class OrdersInFlightBenchmark extends PostgresIntegrationTest {

	private static final int ORDERS = Integer.getInteger("benchmark.ordersInFlight", 200);

	private static final long TARGET_BYTES = 1024L * 1024 * 1024;

	private static final int CUSTOMERS = 20;

	private static final String FIRST_TASK = "Task_ReviewContract";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Test
	void holdsTwoHundredOrdersInFlightInOneGibibyteOfHeap() throws Exception {
		// given
		OrderDesk.hireCrew(this.identityService);
		CustomerFixture fixture = new CustomerFixture(this.jdbc);
		List<String> customers = new ArrayList<>();
		for (int i = 0; i < CUSTOMERS; i++) {
			long customer = fixture.customer("T01");
			fixture.profile(customer, "A", "1000000000.00", "NET60");
			customers.add(fixture.code(customer));
		}
		String sku = "INFLIGHT-" + System.nanoTime();
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'In-flight controller', 600, 450, 100000000)", sku);
		Http tina = new Http(this.port).as("tina");
		submit(tina, customers.get(0), sku);
		awaitWaiting(1);
		long before = liveHeap();

		// when
		long started = System.nanoTime();
		for (int i = 1; i <= ORDERS; i++) {
			submit(tina, customers.get(i % CUSTOMERS), sku);
		}
		awaitWaiting(ORDERS + 1);
		double seconds = (System.nanoTime() - started) / 1e9;

		// then
		long after = liveHeap();
		System.out.printf(Locale.ROOT,
				"Orders in flight: %d submitted in %.1f s and waiting at the contract review; heap in use after"
						+ " a collection %d MB before them, %d MB with them (%.1f KB an order), target under %d MB,"
						+ " largest heap %d MB%n",
				ORDERS, seconds, megabytes(before), megabytes(after), (after - before) / 1024.0 / ORDERS,
				megabytes(TARGET_BYTES), megabytes(Runtime.getRuntime().maxMemory()));
		assertThat(this.jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
		assertThat(after).as("heap in use with %d orders in flight", ORDERS).isLessThan(TARGET_BYTES);
	}

	private static void submit(Http user, String customerCode, String sku) throws Exception {
		HttpResponse<String> submitted = user.postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 600}]}"""
			.formatted(customerCode, sku));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
	}

	private void awaitWaiting(int orders) {
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = ?",
					Long.class, FIRST_TASK) >= orders);
	}

	/** The heap still in use after a full collection, in bytes. */
	private static long liveHeap() {
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		memory.gc();
		memory.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

	private static long megabytes(long bytes) {
		return bytes / (1024 * 1024);
	}

}
