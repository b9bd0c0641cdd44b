package com.osb.salesops.integration;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.FakeFinanceAndWarehouse;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders whose finance and warehouse answer late, fail, or refuse. Whatever happens, each
 * order ends with exactly one reservation, one shipping notice and one invoice, and the
 * local ledgers balance.
 */
class HooksOverHttpPostgresIT extends HookedOrderTest {

	@Test
	void aReservationAnsweredTooLateIsRetriedAndReservedOnce() throws Exception {
		// given
		String number = approvedOrder();
		remote.delayNext("/warehouse/reservations", Duration.ofSeconds(5));

		// when
		List<String> failures = runJobs(number);
		driveToClosed(number);

		// then
		assertThat(failures).singleElement()
			.asString()
			.startsWith("[remote-no-answer] 仓库系统的 reserve 调用（" + number + "）没有回应");
		assertExactlyOnceAndBalanced(number);
	}

	@Test
	void anInvoiceRefusedThreeTimesWithServerErrorsIsIssuedOnce() throws Exception {
		// given
		String number = approvedOrder();
		remote.failNext("/finance/invoices", 503, 502, 500);

		// when
		driveToClosed(number);

		// then
		assertThat(this.jdbc.queryForObject("select count(*) from invoice i join sales_order o on o.id = i.order_id"
				+ " where o.number = ? and i.external_reference like 'X%FP%'", Integer.class, number))
			.isOne();
		assertExactlyOnceAndBalanced(number);
	}

	@Test
	void everyRemoteDocumentGetsAnScNumberOfThePolicysFormatAndKeepsTheRemoteNumberAsItsReference() throws Exception {
		// given: a customer whose file says where its goods go
		this.jdbc.update("insert into customer_delivery_address (customer_id, position, address, receiving_contact,"
				+ " receiving_phone, unloading_hours) select id, 1, '天津市滨海新区港湾路 6 号', '赵收货', '139 0000 0009',"
				+ " '周一至周六 08:00-18:00' from customer where code = ?", this.customerCode);
		String number = approvedOrder();

		// when
		driveToClosed(number);

		// then
		JsonNode documents = order(number).get("documents");
		assertThat(documents.get("shippingNotices").get(0).asText()).matches("SC\\d{8}FHTZ\\d{4}");
		assertThat(documents.get("invoices").get(0).asText()).matches("SC\\d{8}FP\\d{4}");
		assertThat(documents.at("/remoteReferences/shippingNotices/0").asText()).matches("X.*FHTZ\\d+");
		assertThat(documents.at("/remoteReferences/invoices/0").asText()).matches("X.*FP\\d+");
		assertExactlyOnceAndBalanced(number);
		// and the warehouse is told where the goods go
		JsonNode notice = new ObjectMapper().readTree(remote.body(number + ":shipping-notice"));
		assertThat(notice.get("orderNumber").asText()).isEqualTo(number);
		assertThat(notice.at("/delivery/address").asText()).isEqualTo("天津市滨海新区港湾路 6 号");
		assertThat(notice.at("/delivery/receivingContact").asText()).isEqualTo("赵收货");
		assertThat(notice.at("/delivery/receivingPhone").asText()).isEqualTo("139 0000 0009");
		assertThat(notice.at("/delivery/unloadingHours").asText()).isEqualTo("周一至周六 08:00-18:00");
	}

	@Test
	void aPermanentRefusalBecomesAnIncidentThatNamesTheSystemTheCallAndTheAnswer() throws Exception {
		// given
		String number = approvedOrder();
		remote.refuse("/warehouse/shipping-notices", "{\"error\": \"unknown delivery address\"}");

		// when
		List<String> failures = runJobs(number);

		// then
		assertThat(failures).hasSize(5);
		assertThat(incident(number).getIncidentMessage()).isEqualTo("[remote-refused] 仓库系统的 shipping-notice 调用（"
				+ number + "）返回 422：{\"error\": \"unknown delivery address\"}");
		assertThat(remote.effects(number + ":shipping-notice")).isZero();
		remote.heal("/warehouse/shipping-notices");
	}

	@Test
	void fixingTheOtherSideAndRetryingFromCockpitCompletesTheOrder() throws Exception {
		// given
		String number = approvedOrder();
		remote.refuse("/warehouse/shipping-notices", "{\"error\": \"unknown delivery address\"}");
		runJobs(number);
		String instanceId = instanceId(number);
		Incident incident = incident(number);
		remote.heal("/warehouse/shipping-notices");

		// when
		this.managementService.setJobRetries(incident.getConfiguration(), 1);
		driveToClosed(number);

		// then
		assertThat(this.historyService.createHistoricIncidentQuery().processInstanceId(instanceId).resolved().count())
			.isOne();
		assertExactlyOnceAndBalanced(number);
	}

	@Test
	void aCancellationBeforeDispatchReleasesTheReservationOnce() throws Exception {
		// given: a reserved order, and a warehouse that fails the first release it hears
		String number = approvedOrder();
		runJobs(number);
		remote.failNext("/warehouse/reservations/" + number + "/release", 503);

		// when: the cancellation is accepted, and the release it tells the warehouse
		// of is retried on the hooks' retry cycle
		HttpResponse<String> cancelled = as("tina").postJson("/api/orders/" + number + "/events",
				"{\"type\": \"CANCELLED\", \"reason\": \"Customer changed supplier\"}");
		String stockAfterCancel = this.jdbc.queryForObject("select r.status from sales_order o"
				+ " join stock_reservation r on r.order_id = o.id where o.number = ?", String.class, number);
		List<String> failures = runReleaseTimer(number);

		// then
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
		assertThat(stockAfterCancel).as("the ledger's stock is released by the cancellation").isEqualTo("RELEASED");
		assertThat(failures).singleElement().asString().contains(number, "503");
		assertThat(order(number).get("status").asText()).isEqualTo("CANCELLED");
		assertThat(remote.effects(number + ":reserve")).isOne();
		assertThat(remote.effects(number + ":release")).isOne();
		assertThat(remote.holdsReservation(number)).as("reservation left at the warehouse").isFalse();
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
			.as("the order's flow has ended")
			.isZero();
		assertThat(this.jdbc.queryForMap("select p.stock_on_hand, p.stock_reserved, r.status from sales_order o"
				+ " join stock_reservation r on r.order_id = o.id join product p on p.id = r.product_id"
				+ " where o.number = ?", number))
			.containsEntry("stock_on_hand", 100)
			.containsEntry("stock_reserved", 0)
			.containsEntry("status", "RELEASED");
	}

	@Test
	void aCancellationThatOvertakesTheReservationCallLeavesNothingReservedAtTheWarehouse() throws Exception {
		// given: the warehouse receives the reservation but acts on it only after the
		// order's release has reached it
		String number = approvedOrder();
		Job reservation = dueJobs(number).get(0);
		FakeFinanceAndWarehouse.Hold hold = remote.holdUntil("/warehouse/reservations",
				"/warehouse/reservations/" + number + "/release");
		ExecutorService jobExecutor = Executors.newSingleThreadExecutor();
		Future<?> job = jobExecutor.submit(() -> this.managementService.executeJob(reservation.getId()));
		assertThat(hold.awaitArrival(Duration.ofSeconds(20))).as("the reservation call reached the warehouse").isTrue();

		// when
		HttpResponse<String> cancelled = as("tina").postJson("/api/orders/" + number + "/events",
				"{\"type\": \"CANCELLED\", \"reason\": \"Customer changed supplier\"}");
		List<String> releaseFailures = runReleaseTimer(number);
		Throwable jobOutcome = outcome(job);
		jobExecutor.shutdown();

		// then
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
		assertThat(releaseFailures).isEmpty();
		assertThat(jobOutcome).as("the reservation step of a cancelled order does not go on").isNotNull();
		assertThat(order(number).get("status").asText()).isEqualTo("CANCELLED");
		assertThat(remote.effects(number + ":reserve")).isOne();
		assertThat(remote.holdsReservation(number)).as("reservation left at the warehouse").isFalse();
		assertThat(this.jdbc.queryForMap("select p.stock_on_hand, p.stock_reserved, cp.committed_amount"
				+ " from sales_order o join sales_order_line l on l.order_id = o.id join product p on p.id = l.product_id"
				+ " join credit_profile cp on cp.customer_id = o.customer_id where o.number = ?", number))
			.containsEntry("stock_on_hand", 100)
			.containsEntry("stock_reserved", 0)
			.containsEntry("committed_amount", new BigDecimal("0.00"));
		assertThat(dueJobs(number)).isEmpty();
	}

	@Test
	void theWarehouseHearsOfAReleaseOnlyOnceTheCancellationHasCommitted() throws Exception {
		// given: a reserved order whose release the warehouse holds on arrival, so that
		// what the database has committed at that moment can be read
		String number = approvedOrder();
		runJobs(number);
		FakeFinanceAndWarehouse.Hold hold = remote.holdNext("/warehouse/reservations/" + number + "/release");
		ExecutorService threads = Executors.newFixedThreadPool(2);
		String statusOnArrival;
		Future<HttpResponse<String>> cancelled;
		Future<List<String>> jobs;
		try {
			// when
			cancelled = threads.submit(() -> as("tina").postJson("/api/orders/" + number + "/events",
					"{\"type\": \"CANCELLED\", \"reason\": \"Customer changed supplier\"}"));
			jobs = threads.submit(() -> {
				cancelled.get(60, TimeUnit.SECONDS);
				return runReleaseTimer(number);
			});
			assertThat(hold.awaitArrival(Duration.ofSeconds(30))).as("the release reached the warehouse").isTrue();
			statusOnArrival = this.jdbc.queryForObject("select status from sales_order where number = ?", String.class,
					number);
		}
		finally {
			hold.letGo();
			threads.shutdown();
		}

		// then: a cancellation that had rolled back would have told the warehouse of a
		// release that never happened, and its retry would be taken for a repeat
		assertThat(statusOnArrival).as("the order's committed status when the warehouse heard of the release")
			.isEqualTo("CANCELLED");
		assertThat(cancelled.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
		assertThat(jobs.get(60, TimeUnit.SECONDS)).isEmpty();
		assertThat(remote.effects(number + ":release")).isOne();
		assertThat(remote.holdsReservation(number)).as("reservation left at the warehouse").isFalse();
		assertThat(dueJobs(number)).isEmpty();
	}

	@Test
	void theWarehouseHearsOfAReleaseOnlyAfterEveryReservationCallSentBeforeTheCancellationIsOver() throws Exception {
		// given
		String number = approvedOrder();
		runJobs(number);
		Instant before = TestClock.now();

		// when
		HttpResponse<String> cancelled = as("tina").postJson("/api/orders/" + number + "/events",
				"{\"type\": \"CANCELLED\", \"reason\": \"Customer changed supplier\"}");

		// then: the warehouse's connect (5 s) and read (3 s) timeouts and a margin of 5 s
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
		assertThat(remote.received(number + ":release")).isFalse();
		assertThat(dueJobs(number)).isEmpty();
		assertThat(releaseTimer(number).getDuedate().toInstant()).isBetween(before.plusSeconds(13),
				before.plusSeconds(20));
		assertThat(runReleaseTimer(number)).isEmpty();
		assertThat(remote.effects(number + ":release")).isOne();
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
			.isZero();
	}

	@Test
	void aReservationTheWarehouseMadeAfterTheCancellationWhoseAnswerWasLostIsReleased() throws Exception {
		// given: the warehouse receives the reservation, holds it until the order is
		// cancelled, then acts on it but answers after the caller's read timeout (3 s)
		String number = approvedOrder();
		Job reservation = dueJobs(number).get(0);
		FakeFinanceAndWarehouse.Hold hold = remote.holdNext("/warehouse/reservations");
		remote.delayNext("/warehouse/reservations", Duration.ofSeconds(5));
		ExecutorService jobExecutor = Executors.newSingleThreadExecutor();
		Future<?> job = jobExecutor.submit(() -> this.managementService.executeJob(reservation.getId()));
		assertThat(hold.awaitArrival(Duration.ofSeconds(20))).as("the reservation call reached the warehouse").isTrue();

		// when
		HttpResponse<String> cancelled = as("tina").postJson("/api/orders/" + number + "/events",
				"{\"type\": \"CANCELLED\", \"reason\": \"Customer changed supplier\"}");
		hold.letGo();
		Throwable jobOutcome = outcome(job);
		jobExecutor.shutdown();
		boolean reservedAfterTheCancellation = remote.holdsReservation(number);
		List<String> failures = runReleaseTimer(number);

		// then
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
		assertThat(jobOutcome).as("the reservation call was given up").isNotNull();
		assertThat(reservedAfterTheCancellation).as("the warehouse reserved after the cancellation").isTrue();
		assertThat(failures).isEmpty();
		assertThat(remote.effects(number + ":reserve")).isOne();
		assertThat(remote.holdsReservation(number)).as("reservation left at the warehouse").isFalse();
		assertThat(this.runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count())
			.isZero();
	}

	private Job releaseTimer(String number) {
		return this.managementService.createJobQuery()
			.processInstanceId(instanceId(number))
			.timers()
			.activityId("IntermediateEvent_ReservationCallsOver")
			.singleResult();
	}

	/**
	 * Runs the timer that tells the warehouse of a cancellation's release now, without
	 * waiting for its due date, and again while it fails; the failures.
	 */
	private List<String> runReleaseTimer(String number) {
		List<String> failures = new ArrayList<>();
		for (int attempt = 0; attempt < 5; attempt++) {
			List<ProcessInstance> running = this.runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(number)
				.processDefinitionKey("order-to-remittance")
				.list();
			if (running.isEmpty()) {
				break;
			}
			runJob(releaseTimer(number), failures);
		}
		return failures;
	}

	private static Throwable outcome(Future<?> job) throws InterruptedException, TimeoutException {
		try {
			job.get(30, TimeUnit.SECONDS);
			return null;
		}
		catch (ExecutionException ex) {
			return ex.getCause();
		}
	}

}
