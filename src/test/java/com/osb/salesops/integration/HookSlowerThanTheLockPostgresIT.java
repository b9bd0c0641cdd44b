package com.osb.salesops.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.FakeFinanceAndWarehouse;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Warehouse calls that take four times the job lock, on a node with two job threads. The
 * node keeps every job it picked up locked while it waits its turn and while it runs, and
 * so the job the engine makes for the same thread to run next (the shipping notice after
 * the reservation): none is picked up and run again meanwhile, each call is sent once.
 */
@TestPropertySource(properties = { "salesops.integration.mode=http", "camunda.bpm.job-execution.enabled=true",
		"camunda.bpm.job-execution.lock-time-in-millis=1500", "camunda.bpm.job-execution.wait-time-in-millis=300",
		"camunda.bpm.job-execution.max-wait=600", "camunda.bpm.job-execution.core-pool-size=2",
		"camunda.bpm.job-execution.max-pool-size=2", "salesops.integration.warehouse.read-timeout=PT30S",
		"salesops.integration.warehouse.token=" + FakeFinanceAndWarehouse.TOKEN,
		"salesops.integration.finance.token=" + FakeFinanceAndWarehouse.TOKEN })
class HookSlowerThanTheLockPostgresIT extends PostgresIntegrationTest {

	private static final Duration SLOW_WAREHOUSE = Duration.ofSeconds(6);

	private static final FakeFinanceAndWarehouse remote = new FakeFinanceAndWarehouse();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@DynamicPropertySource
	static void remoteSystems(DynamicPropertyRegistry registry) {
		registry.add("salesops.integration.finance.base-url", () -> remote.url("finance"));
		registry.add("salesops.integration.warehouse.base-url", () -> remote.url("warehouse"));
	}

	@AfterAll
	static void stopRemoteSystems() {
		remote.close();
	}

	@Test
	void reservationsWaitingTheirTurnAreSentOnceAndTheOrdersGoOn() throws Exception {
		slowWarehouse("/warehouse/reservations", 3);
	}

	@Test
	void aShippingNoticeMadeForTheThreadToRunNextIsSentOnce() throws Exception {
		slowWarehouse("/warehouse/shipping-notices", 1);
	}

	/** Orders signed while the warehouse answers the path after four lock times. */
	private void slowWarehouse(String path, int orders) throws Exception {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long customer = customers.customer("T01");
		customers.profile(customer, "A", "240000.00", "NET60");
		String sku = "LK-" + System.nanoTime();
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'Lock test controller', 600, 450, 100)", sku);
		OrderDesk.hireCrew(this.identityService);
		OrderDesk desk = new OrderDesk(this.port);
		long sentAgainBefore = remote.keysSentAgain();
		remote.slowDown(path, SLOW_WAREHOUSE);
		try {
			List<String> numbers = new ArrayList<>();
			for (int order = 0; order < orders; order++) {
				numbers.add(desk.submit(customers.code(customer), sku, 10));
			}
			for (String number : numbers) {
				desk.approveAndSign(number);
			}
			assertEachWentOnOnce(numbers);
			assertThat(remote.keysSentAgain() - sentAgainBefore).as("keys sent more than once").isZero();
		}
		finally {
			remote.heal(path);
		}
	}

	private boolean waitsForDispatch(String number) {
		return this.taskService.createTaskQuery()
			.processInstanceBusinessKey(number)
			.taskDefinitionKey("Task_CheckAndDispatch")
			.count() == 1;
	}

	private void assertEachWentOnOnce(List<String> numbers) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!numbers.stream().allMatch(this::waitsForDispatch) && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		for (String number : numbers) {
			assertThat(waitsForDispatch(number)).as(number + " went on to its dispatch").isTrue();
			assertThat(remote.effects(number + ":reserve")).as(number).isOne();
			assertThat(remote.effects(number + ":shipping-notice")).as(number).isOne();
			String instance = this.runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(number)
				.processDefinitionKey("order-to-remittance")
				.singleResult()
				.getId();
			assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
		}
	}

}
