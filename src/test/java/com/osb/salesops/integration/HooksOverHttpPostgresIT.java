package com.osb.salesops.integration;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.support.FakeFinanceAndWarehouse;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
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
		// given
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
		// given
		String number = approvedOrder();
		runJobs(number);
		remote.failNext("/warehouse/reservations/" + number + "/release", 503);
		String cancel = "{\"type\": \"CANCELLED\", \"reason\": \"Customer changed supplier\"}";

		// when
		HttpResponse<String> failed = as("tina").postJson("/api/orders/" + number + "/events", cancel);
		HttpResponse<String> cancelled = as("tina").postJson("/api/orders/" + number + "/events", cancel);

		// then
		assertThat(failed.statusCode()).isGreaterThanOrEqualTo(500);
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
		assertThat(order(number).get("status").asText()).isEqualTo("CANCELLED");
		assertThat(remote.effects(number + ":reserve")).isOne();
		assertThat(remote.effects(number + ":release")).isOne();
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
		Throwable jobOutcome = outcome(job);
		jobExecutor.shutdown();

		// then
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
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
