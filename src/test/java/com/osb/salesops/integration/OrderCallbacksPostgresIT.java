package com.osb.salesops.integration;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.osb.salesops.support.FakeFinanceAndWarehouse;

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
	void aDispatchReportedWhileTheShippingNoticeIsBeingIssuedIsKeptAndAppliedOnce() throws Exception {
		// given: the shipping notice step is under way, its transaction not yet committed
		String number = approvedOrder();
		this.managementService.executeJob(this.managementService.createJobQuery()
			.processInstanceId(instanceId(number))
			.activityId("Task_ReserveStock")
			.singleResult()
			.getId());
		String notice = this.managementService.createJobQuery()
			.processInstanceId(instanceId(number))
			.activityId("Task_IssueShippingNotice")
			.singleResult()
			.getId();
		FakeFinanceAndWarehouse.Hold hold = remote.holdNext("/warehouse/shipping-notices");
		ExecutorService jobExecutor = Executors.newSingleThreadExecutor();
		Future<?> job = jobExecutor.submit(() -> this.managementService.executeJob(notice));
		assertThat(hold.awaitArrival(Duration.ofSeconds(20))).as("the shipping notice call reached the warehouse")
			.isTrue();
		String dispatch = """
				{"eventId": "WH-D-EARLY-%s", "type": "DISPATCHED", "carrier": "EMS", "trackingNumber": "EMS77"}"""
			.formatted(number);

		// when
		HttpResponse<String> early = callback(number, dispatch, SECRET);
		HttpResponse<String> again = callback(number, dispatch, SECRET);
		hold.letGo();
		job.get(30, TimeUnit.SECONDS);
		jobExecutor.shutdown();
		String outcome = awaitKeptEvent(number, Duration.ofSeconds(30));
		runJobs(number);
		String status = order(number).get("status").asText();
		HttpResponse<String> delivered = callback(number,
				"{\"eventId\": \"WH-R-EARLY-%s\", \"type\": \"DELIVERED\"}".formatted(number), SECRET);
		invoiceAndClose(number);

		// then
		assertThat(early.statusCode()).as(early.body()).isEqualTo(202);
		assertThat(early.body()).contains("\"kept\":true").contains("\"duplicate\":false");
		assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
		assertThat(again.body()).contains("\"duplicate\":true");
		assertThat(outcome).isEqualTo("APPLIED");
		assertThat(status).isEqualTo("DISPATCHED");
		assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(202);
		assertThat(this.jdbc.queryForMap("select s.status, s.carrier, s.tracking_number from sales_order o"
				+ " join shipment s on s.order_id = o.id where o.number = ?", number))
			.containsEntry("carrier", "EMS")
			.containsEntry("tracking_number", "EMS77");
		assertThat(this.jdbc.queryForObject("select count(*) from early_order_event e join sales_order o"
				+ " on o.id = e.order_id where o.number = ?", Integer.class, number))
			.isOne();
		assertExactlyOnceAndBalanced(number);
	}

	private String awaitKeptEvent(String number, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		String outcome = null;
		while (System.nanoTime() < deadline && outcome == null) {
			outcome = this.jdbc
				.queryForList("select e.outcome from early_order_event e join sales_order o on o.id = e.order_id"
						+ " where o.number = ? and e.settled_at is not null", String.class, number)
				.stream()
				.findFirst()
				.orElse(null);
			Thread.sleep(200);
		}
		return outcome;
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
		assertThat(json.readTree(forged.body()).get("code").asText()).isEqualTo("signature-mismatch");
		assertThat(json.readTree(forged.body()).get("message").asText()).contains("X-Salesops-Signature");
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
