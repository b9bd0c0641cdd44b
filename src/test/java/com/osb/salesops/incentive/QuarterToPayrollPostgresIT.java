package com.osb.salesops.incentive;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A quarter built from real orders and payments through the order process on PostgreSQL,
 * paid out by the statement run: the payroll export is right to the cent.
 */
class QuarterToPayrollPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Test
	void ordersPaidInTheQuarterArePaidOutToTheCent() throws Exception {
		// given two orders of tina's customer, delivered, invoiced and paid in this
		// quarter
		String quarter = currentQuarter();
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long customer = customers.customer("T01");
		customers.profile(customer, "A", "240000.00", "NET60");
		String sku = "PAY-" + System.nanoTime();
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'Payroll test controller', 600, 450, 100)", sku);
		this.jdbc.update("update sales_rep set target_incentive = 7777.77 where id = 'T01'");
		this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values ('T01', ?, 12000)", quarter);
		for (String[] user : new String[][] { { "tina", Roles.SALES_REP }, { "asha", Roles.SALES_ASSISTANT },
				{ "mark", Roles.SALES_MANAGER }, { "kurt", Roles.WAREHOUSE }, { "fiona", Roles.FINANCE },
				{ "olga", Roles.SALES_OPS }, { "hanna", Roles.HR } }) {
			TestUsers.ensure(this.identityService, user[0], user[1]);
		}
		String first = orderToInvoice(customers.code(customer), sku, 10);
		String second = orderToInvoice(customers.code(customer), sku, 20);
		pay(first, "5000.00", "WIRE-1");
		pay(second, "10000.00", "WIRE-2");

		// when the statement run pays the quarter out
		HttpResponse<String> started = as("olga").postJson(
				"/engine-rest/process-definition/key/incentive-statement-run/start",
				"{\"variables\": {\"period\": {\"value\": \"" + quarter + "\"}}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		complete("tina", quarter, "Task_ReviewStatement", "{\"reviewDecision\": {\"value\": \"ACCEPT\"}}");
		complete("fiona", quarter, "Task_ApproveRun", "{\"runApprovalComment\": {\"value\": \"Checked\"}}");

		// then: credited 15,000 of a 12,000 quota is 125%, paid at 150% of 7,777.77 =
		// 11,666.655
		String payroll = await().atMost(Duration.ofSeconds(30))
			.until(() -> as("hanna").get("/api/incentive/payroll/" + quarter + ".csv"),
					(response) -> response.statusCode() == 200)
			.body();
		assertThat(payroll.lines()).contains(quarter + ",tina,T01,Tina,TR1,ACCEPTED,11666.66,0.00,11666.66");
	}

	private String orderToInvoice(String customerCode, String sku, int quantity) throws Exception {
		HttpResponse<String> submitted = as("tina").postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": %d, "unitPrice": 500}]}"""
			.formatted(customerCode, sku, quantity));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		String number = json.readTree(submitted.body()).get("number").asText();
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		complete("tina", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"ON_SITE\"}}");
		complete("kurt", number, "Task_CheckAndDispatch", """
				{"noticeChecked": {"value": true}, "carrier": {"value": "SF"}, "trackingNumber": {"value": "T1"}}""");
		complete("tina", number, "Task_ConfirmDelivery", "{\"deliveryConfirmed\": {\"value\": true}}");
		complete("tina", number, "Task_CollectInvoicingDetails", """
				{"invoiceAddress": {"value": "8 Test Road"}, "taxNumber": {"value": "91110000TEST"}}""");
		complete("asha", number, "Task_FileInvoicingDetails", "{\"detailsFiled\": {\"value\": true}}");
		complete("fiona", number, "Task_ApproveInvoice", "{\"invoiceChecked\": {\"value\": true}}");
		complete("asha", number, "Task_MailInvoice",
				"{\"invoiceMailed\": {\"value\": true}, \"receiptConfirmed\": {\"value\": true}}");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "CLOSED".equals(
					this.jdbc.queryForObject("select status from sales_order where number = ?", String.class, number)));
		return number;
	}

	private void pay(String number, String amount, String reference) {
		HttpResponse<String> paid = as("fiona").postJson("/api/orders/" + number + "/events", """
				{"type": "PAYMENT_RECEIVED", "amount": %s, "reference": "%s", "eventId": "%s"}""".formatted(amount,
				reference, reference));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(202);
	}

	private void complete(String user, String businessKey, String taskKey, String variables) {
		String taskId = await().atMost(Duration.ofSeconds(30))
			.until(() -> taskId(user, businessKey, taskKey), (id) -> id != null);
		HttpResponse<String> completed = as(user).postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\": " + variables + "}");
		assertThat(completed.statusCode()).as(taskKey + " by " + user + ": " + completed.body()).isEqualTo(204);
	}

	private String taskId(String user, String businessKey, String taskKey) throws Exception {
		JsonNode tasks = json.readTree(as(user)
			.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey="
					+ taskKey)
			.body());
		return (tasks.isArray() && tasks.size() == 1) ? tasks.get(0).get("id").asText() : null;
	}

	private static String currentQuarter() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
	}

	private Http as(String user) {
		return new Http(this.port).as(user, TestUsers.password(user));
	}

}
