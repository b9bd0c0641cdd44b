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
 * Warehouse calls that take four times the job lock, on a node with two job threads and
 * three orders' reservations to make: two run while the third waits its turn. The node
 * keeps every job it picked up locked while it waits and while it runs, so none is picked
 * up and run again meanwhile, and each reservation is sent once.
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
	void reservationsAnsweredAfterFourLockTimesAreSentOnceAndTheOrdersGoOn() throws Exception {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long customer = customers.customer("T01");
		customers.profile(customer, "A", "240000.00", "NET60");
		String sku = "LK-" + System.nanoTime();
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'Lock test controller', 600, 450, 100)", sku);
		OrderDesk.hireCrew(this.identityService);
		OrderDesk desk = new OrderDesk(this.port);
		remote.slowDown("/warehouse/reservations", SLOW_WAREHOUSE);

		List<String> numbers = new ArrayList<>();
		for (int order = 0; order < 3; order++) {
			numbers.add(desk.submit(customers.code(customer), sku, 10));
		}
		for (String number : numbers) {
			desk.approveAndSign(number);
		}

		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (!numbers.stream().allMatch((number) -> remote.received(number + ":shipping-notice"))
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		for (String number : numbers) {
			assertThat(remote.received(number + ":shipping-notice")).as(number + " went on past its reservation")
				.isTrue();
			assertThat(remote.effects(number + ":reserve")).as(number).isOne();
			String instance = this.runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(number)
				.processDefinitionKey("order-to-remittance")
				.singleResult()
				.getId();
			assertThat(this.runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
		}
		assertThat(remote.keysSentAgain()).as("keys sent more than once").isZero();
	}

}
