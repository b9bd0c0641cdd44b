package com.osb.salesops.integration;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.runtime.Incident;
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
		remote.delayNext("/warehouse/reservations", Duration.ofSeconds(2));

		// when
		List<String> failures = runJobs(number);
		driveToClosed(number);

		// then
		assertThat(failures).singleElement()
			.asString()
			.startsWith("Warehouse reserve for " + number + " did not answer");
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
		assertThat(incident(number).getIncidentMessage()).isEqualTo(
				"Warehouse shipping-notice for " + number + " answered 422: {\"error\": \"unknown delivery address\"}");
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

}
