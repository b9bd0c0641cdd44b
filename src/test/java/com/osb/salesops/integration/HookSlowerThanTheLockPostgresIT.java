package com.osb.salesops.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.support.OrderDesk;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Warehouse calls that take four times the job lock, on a node with two job threads. The
 * node keeps every job it picked up locked while it waits its turn and while it runs, and
 * so the job the engine makes for the same thread to run next (the shipping notice after
 * the reservation): none is picked up and run again meanwhile, each call is sent once.
 */
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=true",
		"camunda.bpm.job-execution.lock-time-in-millis=1500", "camunda.bpm.job-execution.wait-time-in-millis=300",
		"camunda.bpm.job-execution.max-wait=600", "camunda.bpm.job-execution.core-pool-size=2",
		"camunda.bpm.job-execution.max-pool-size=2", "salesops.integration.warehouse.read-timeout=PT30S" })
class HookSlowerThanTheLockPostgresIT extends HookedOrderTest {

	private static final Duration SLOW_WAREHOUSE = Duration.ofSeconds(6);

	@Autowired
	TaskService taskService;

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
		// the job executor runs the jobs, not the desk
		OrderDesk desk = new OrderDesk(this.port);
		long sentAgainBefore = remote.keysSentAgain();
		remote.slowDown(path, SLOW_WAREHOUSE);
		try {
			List<String> numbers = new ArrayList<>();
			for (int order = 0; order < orders; order++) {
				numbers.add(desk.submit(this.customerCode, this.sku, 10));
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
