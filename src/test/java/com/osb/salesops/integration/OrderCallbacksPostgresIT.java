package com.osb.salesops.integration;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payments, dispatches and deliveries reported by finance and the warehouse as signed
 * callbacks: sent again and again, sent out of order, or signed with the wrong secret.
 * Each order still ends with exactly one reservation, one shipping notice, one invoice
 * and one payment, and the local ledgers balance.
 */
class OrderCallbacksPostgresIT extends HookedOrderTest {

	@Test
	void theSameCallbackDeliveredFiveTimesTakesEffectOnce() throws Exception {
		// given
		String number = approvedOrder();
		runJobs(number);

		// when
		List<HttpResponse<String>> dispatched = fiveTimes(number, """
				{"eventId": "WH-D-%s", "type": "DISPATCHED", "carrier": "EMS", "trackingNumber": "EMS42"}"""
			.formatted(number));
		runJobs(number);
		fiveTimes(number, "{\"eventId\": \"WH-R-%s\", \"type\": \"DELIVERED\"}".formatted(number));
		invoiceAndClose(number);
		List<HttpResponse<String>> paid = fiveTimes(number, """
				{"eventId": "FIN-%s", "type": "PAYMENT_RECEIVED", "amount": 5000, "reference": "BANK-%s"}"""
			.formatted(number, number));

		// then
		assertThat(dispatched).extracting(HttpResponse::statusCode).containsOnly(202);
		assertThat(dispatched).extracting(HttpResponse::body)
			.filteredOn((body) -> body.contains("\"duplicate\":true"))
			.hasSize(4);
		assertThat(paid).extracting(HttpResponse::body)
			.filteredOn((body) -> body.contains("\"duplicate\":true"))
			.hasSize(4);
		assertThat(this.jdbc.queryForMap("select s.status, s.tracking_number, count(p.id) as payments,"
				+ " sum(p.amount) as paid from sales_order o join shipment s on s.order_id = o.id"
				+ " join payment p on p.order_id = o.id where o.number = ? group by s.status, s.tracking_number",
				number))
			.containsEntry("status", "DELIVERED")
			.containsEntry("tracking_number", "EMS42")
			.containsEntry("payments", 1L)
			.containsEntry("paid", new BigDecimal("5000.00"));
		assertExactlyOnceAndBalanced(number, "0.00");
	}

	@Test
	void aDeliveryBeforeTheDispatchIsRefusedUntilTheOrderWaitsForIt() throws Exception {
		// given
		String number = approvedOrder();
		runJobs(number);
		String delivered = "{\"eventId\": \"WH-R-%s\", \"type\": \"DELIVERED\"}".formatted(number);

		// when
		HttpResponse<String> early = callback(number, delivered, SECRET);
		HttpResponse<String> dispatched = callback(number, """
				{"eventId": "WH-D-%s", "type": "DISPATCHED", "carrier": "EMS", "trackingNumber": "EMS7"}"""
			.formatted(number), SECRET);
		runJobs(number);
		HttpResponse<String> again = callback(number, delivered, SECRET);
		invoiceAndClose(number);

		// then
		assertThat(early.statusCode()).isEqualTo(409);
		assertThat(early.body()).contains("\"code\":\"order-not-waiting\"", "DELIVERED");
		assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(202);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
		assertThat(again.body()).contains("\"delivered\":true").contains("\"duplicate\":false");
		assertExactlyOnceAndBalanced(number);
	}

	@Test
	void aCallbackWithAWrongSignatureIsRefusedAndChangesNothing() throws Exception {
		// given
		String number = approvedOrder();
		runJobs(number);

		// when
		HttpResponse<String> forged = callback(number, """
				{"eventId": "WH-D-%s", "type": "DISPATCHED", "carrier": "EMS", "trackingNumber": "EMS9"}"""
			.formatted(number), "not-the-secret");

		// then
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(json.readTree(forged.body()).get("message").asText()).startsWith("The signature does not match");
		assertThat(taskId("kurt", number, "Task_CheckAndDispatch")).isNotNull();
		driveToClosed(number);
		assertExactlyOnceAndBalanced(number);
	}

	@Test
	void aCallbackForAnUnknownOrderIsAnsweredNotFound() throws Exception {
		// when
		HttpResponse<String> unknown = callback("SC20000101DD0001", "{\"eventId\": \"X-1\", \"type\": \"DELIVERED\"}",
				SECRET);

		// then
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	private List<HttpResponse<String>> fiveTimes(String number, String body) throws Exception {
		List<HttpResponse<String>> answers = new ArrayList<>();
		for (int time = 0; time < 5; time++) {
			answers.add(callback(number, body, SECRET));
		}
		return answers;
	}

}
