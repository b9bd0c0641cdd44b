package com.osb.salesops.returns;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.credit.CreditInputsProbe;
import com.osb.salesops.shared.process.ApplicationClock;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A quarter on PostgreSQL with a return in it, through the REST API as each role: an
 * order delivered, invoiced and paid, part of it returned and credited, then the
 * quarter's statement run. The credit note is clawed back from the rep's credited revenue
 * and the payroll row is right to the cent; stock, receivables and the next credit
 * evaluation's inputs show the return. Runs in a quarter of its own (2026-Q3, before the
 * other tests' quarter, so no scheduled quarter-end run starts) with a rep of its own, so
 * other tests' documents do not count.
 */
class ReturnToPayrollPostgresIT extends PostgresIntegrationTest {

	private static final String QUARTER = "2026-Q3";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void moveToTheReturnsQuarter() {
		ApplicationClock.startingAt(OffsetDateTime.parse("2026-08-11T10:00:00+08:00"));
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void aReturnIsCreditedOnceAndClawedBackFromTheRepsQuarter() throws Exception {
		// given rosa's order of 10 x 480.00 less 5%, delivered, invoiced and paid in full
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		organisation();
		long customer = customers.customer("R16");
		customers.profile(customer, "A", "240000.00", "NET60");
		String sku = "RET-" + System.nanoTime();
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'Returned controller', 600, 450, 100)", sku);
		String order = submit(customers.code(customer), sku);
		deliverInvoiceAndPay(order, "4560.00");
		long returnsBefore = returnsOf(order);

		// when bad returns are refused, naming every problem
		assertProblems(as("rosa").postJson("/api/returns", """
				{"orderNumber": "%s", "reason": "DAMAGED", "lines": [{"lineNo": 1, "quantity": 11},
				 {"lineNo": 2, "quantity": 1}]}""".formatted(order)), "lines[0].quantity", "lines[1].lineNo");
		assertProblems(as("rosa").postJson("/api/returns", """
				{"orderNumber": "%s", "reason": "OTHER", "lines": [{"lineNo": 1, "quantity": 0}]}""".formatted(order)),
				"reasonText", "lines[0].quantity");
		String undelivered = submit(customers.code(customer), sku);
		assertProblems(as("rosa").postJson("/api/returns", """
				{"orderNumber": "%s", "reason": "QUALITY", "lines": [{"lineNo": 1, "quantity": 1}]}"""
			.formatted(undelivered)), "orderNumber");
		assertProblems(as("tina").postJson("/api/returns", """
				{"orderNumber": "%s", "reason": "QUALITY", "lines": [{"lineNo": 1, "quantity": 1}]}"""
			.formatted(order)), "orderNumber");
		assertThat(returnsOf(order)).isEqualTo(returnsBefore);

		// and 3 units are returned, 1 of them refused at inspection
		HttpResponse<String> requested = as("rosa").postJson("/api/returns", """
				{"orderNumber": "%s", "reason": "QUALITY", "lines": [{"lineNo": 1, "quantity": 3}]}"""
			.formatted(order));
		String number = Http.json(requested, 201).get("number").asText();
		assertThat(number).matches("SC20260811TH\\d{4}");
		desk().complete("mark", number, "Task_ApproveReturn", "{\"returnDecision\": {\"value\": \"APPROVE\"}}");
		// the director decides for herself: the manager's decision is neither shown nor
		// taken
		String asDirector = await().atMost(Duration.ofSeconds(30))
			.until(() -> desk().taskId("dora", number, "Task_ApproveReturnAsDirector"), Objects::nonNull);
		assertThat(Http.json(desk().as("dora").get("/engine-rest/task/" + asDirector + "/form-variables"), 200)
			.has("returnDecision")).isFalse();
		assertThat(desk().as("dora")
			.postJson("/engine-rest/task/" + asDirector + "/submit-form", "{\"variables\": {}}")
			.statusCode()).isEqualTo(400);
		desk().complete("dora", number, "Task_ApproveReturnAsDirector",
				"{\"returnDecision\": {\"value\": \"APPROVE\"}}");
		// the keeper starts from every unit back to stock, written as the company's
		// language
		// (zh-CN) writes a row, and writes the sheet as the Chinese form shows it
		String inspection = await().atMost(Duration.ofSeconds(30))
			.until(() -> desk().taskId("kurt", number, "Task_InspectReturn"), Objects::nonNull);
		JsonNode form = Http.json(desk().as("kurt").get("/engine-rest/task/" + inspection + "/form-variables"), 200);
		assertThat(form.path("inspection").path("value").asText()).isEqualTo("第 1 行：3 件入库");
		assertThat(form.path("returnLinesText").path("value").asText()).startsWith("第 1 行，" + sku);
		assertThat(form.path("returnRequestText").path("value").asText()).startsWith(number + " ").endsWith("，质量问题");
		String refused = Http
			.json(desk().as("kurt")
				.inLanguage("zh-CN")
				.postJson("/engine-rest/task/" + inspection + "/submit-form",
						"{\"variables\": {\"inspection\": {\"value\": \"第 1 行：2 件入库，1 件报废\"}}}"),
					400)
			.get("message")
			.asText();
		assertThat(refused).endsWith("第 1 行：请说明报废的原因");
		desk().complete("kurt", number, "Task_InspectReturn",
				"{\"inspection\": {\"value\": \"第 1 行：2 件入库，1 件拒收：封条破损，已在现场使用\"}}");
		desk().complete("fiona", number, "Task_ConfirmCreditNote", "{\"creditNoteChecked\": {\"value\": true}}");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "CLOSED".equals(this.jdbc.queryForObject("select status from order_return where number = ?",
					String.class, number)));

		// then the return is credited once: 2 x 456.00 as customer credit (the invoice
		// was paid)
		JsonNode view = Http.json(as("rosa").get("/api/returns/" + number), 200);
		assertThat(view.get("approvalLevel").asText()).isEqualTo("SALES_DIRECTOR");
		assertThat(
				Http.json(as("rosa").inLanguage("zh-CN").get("/api/returns/" + number), 200).get("statusText").asText())
			.containsPattern("\\p{IsHan}");
		assertThat(view.get("approvalRule").asText()).contains("return-approval-level v1 Rule_Director",
				"Sales director after the sales manager");
		assertThat(Http.json(as("rosa").inLanguage("zh-CN").get("/api/returns/" + number), 200)
			.get("approvalRule")
			.asText()).contains("return-approval-level v1 Rule_Director", "销售经理之后由销售总监审批")
			.doesNotContain("Sales director");
		assertThat(view.get("creditAmount").decimalValue()).isEqualByComparingTo("912.00");
		assertThat(view.get("appliedToInvoice").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(view.get("customerCredit").decimalValue()).isEqualByComparingTo("912.00");
		String creditNote = view.get("creditNoteNumber").asText();
		assertThat(creditNote).matches("SC20260811HZ\\d{4}");
		assertThat(this.jdbc.queryForObject("select count(*) from credit_note where customer_id = ?", Integer.class,
				customer))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select stock_on_hand from product where sku = ?", Integer.class, sku))
			.isEqualTo(92);
		assertThat(this.jdbc.queryForObject("select sum(open_amount) from receivable where customer_id = ?",
				BigDecimal.class, customer))
			.isEqualByComparingTo("0.00");
		JsonNode orderView = Http.json(as("rosa").get("/api/orders/" + order), 200);
		assertThat(orderView.get("returns").get(0).get("number").asText()).isEqualTo(number);
		// the order's timeline tells the return in the reader's words, the keeper's note
		// too
		assertThat(told(order, "zh-CN")).containsOnly(Map.entry("RETURN_REQUESTED", number + "，金额 ¥1,368.00，原因：质量问题"),
				Map.entry("RETURN_RECEIVED", number + "：" + sku + " 入库 2，报废 0，拒收 1"),
				Map.entry("CREDIT_NOTE_ISSUED",
						creditNote + "，金额 ¥912.00，用于 " + number + "：冲减未结发票 ¥0.00，转为客户预收款 ¥912.00"),
				Map.entry("RETURN_CLOSED", number + "：红字发票 " + creditNote + "，金额 ¥912.00"));
		assertThat(told(order, "en")).containsEntry("RETURN_REQUESTED", number + " 1368.00 CNY, reason Quality")
			.containsEntry("RETURN_CLOSED", number + ": credit note " + creditNote + " of 912.00 CNY");
		assertThat(Http.json(as("rosa").inLanguage("zh-CN").get("/api/returns/" + number), 200)
			.get("lines")
			.findValuesAsText("inspectionNote")).containsExactly("1 件拒收：封条破损，已在现场使用");
		assertThat(as("tina").get("/api/returns/" + number).statusCode()).isEqualTo(404);
		assertThat(Http.json(as("tina").get("/api/returns"), 200).get("returns").toString()).doesNotContain(number);
		assertThat(Http.json(as("rosa").get("/api/returns"), 200).get("returns").toString()).contains(number);

		// and the next credit evaluation (1 October) reads 4,560.00 invoiced less 912.00
		var inputs = CreditInputsProbe.inputs(this.context, customer, LocalDate.of(2026, 10, 1));
		assertThat(inputs.trailing12mNetSales()).isEqualByComparingTo("3648.00");

		// and the quarter's statement run claws the credit note back: credited 3,648.00
		// of a 4,000 quota is 91.2%, paid at 91.2% of 7,777.77 = 7,093.326... (without
		// the return 114%, paid 128%)
		runStatements();
		String payroll = await().atMost(Duration.ofSeconds(30))
			.until(() -> as("hanna").get("/api/incentive/payroll/" + QUARTER + ".csv"),
					(response) -> response.statusCode() == 200)
			.body();
		assertThat(payroll.lines()).contains(QUARTER + ",rosa,Rosa,SALES_REP,TR16,ACCEPTED,7093.33,0.00,7093.33");
		String statement = as("hanna").get("/api/incentive/statements/" + QUARTER + "/R16").body();
		assertThat(statement).contains(creditNote).contains("3648");
	}

	/** What the order's timeline says of the return, by action, in the language. */
	private Map<String, String> told(String order, String language) {
		Map<String, String> told = new java.util.TreeMap<>();
		Http.json(as("rosa").inLanguage(language).get("/api/orders/" + order), 200).get("timeline").forEach((entry) -> {
			String action = entry.get("action").asText();
			if (action.startsWith("RETURN_") || action.equals("CREDIT_NOTE_ISSUED")) {
				told.put(action, entry.get("detailText").asText());
			}
		});
		return told;
	}

	private void organisation() {
		new CustomerFixture(this.jdbc);
		Integer exists = this.jdbc.queryForObject("select count(*) from sales_rep where id = 'R16'", Integer.class);
		if (exists == null || exists == 0) {
			this.jdbc
				.update("insert into market (id, name, manager_user_id) values ('TM16', 'Returns market', 'milo')");
			this.jdbc.update("insert into region (id, market_id, name, manager_user_id)"
					+ " values ('TR16', 'TM16', 'Returns region', 'rhoda')");
			this.jdbc.update(
					"insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive)"
							+ " values ('R16', 'TR16', 'rosa', 'Rosa', ?, 7777.77)",
					Date.valueOf(LocalDate.of(2023, 1, 2)));
			this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values ('R16', ?, 4000)", QUARTER);
		}
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "rosa", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "dora", Roles.SALES_DIRECTOR);
		TestUsers.ensure(this.identityService, "rhoda", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "olga", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "hanna", Roles.HR);
	}

	private String submit(String customerCode, String sku) throws Exception {
		HttpResponse<String> submitted = as("rosa").postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 10, "unitPrice": 480,
				 "discountPercent": 5}]}""".formatted(customerCode, sku));
		return Http.json(submitted, 201).get("number").asText();
	}

	private void deliverInvoiceAndPay(String order, String amount) {
		OrderDesk desk = desk();
		desk.complete("asha", order, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		desk.complete("mark", order, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		desk.complete("rosa", order, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"ON_SITE\"}}");
		desk.complete("kurt", order, "Task_CheckAndDispatch", """
				{"noticeChecked": {"value": true}, "carrier": {"value": "SF Express"},
				 "trackingNumber": {"value": "SF916"}}""");
		desk.complete("rosa", order, "Task_ConfirmDelivery", "{\"deliveryConfirmed\": {\"value\": true}}");
		desk.complete("rosa", order, "Task_CollectInvoicingDetails", """
				{"invoiceAddress": {"value": "16 Return Road"}, "taxNumber": {"value": "91110000TEST"}}""");
		desk.complete("asha", order, "Task_FileInvoicingDetails", "{\"detailsFiled\": {\"value\": true}}");
		desk.complete("fiona", order, "Task_ApproveInvoice", "{\"invoiceChecked\": {\"value\": true}}");
		desk.complete("asha", order, "Task_MailInvoice",
				"{\"invoiceMailed\": {\"value\": true}, \"receiptConfirmed\": {\"value\": true}}");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "CLOSED".equals(
					this.jdbc.queryForObject("select status from sales_order where number = ?", String.class, order)));
		HttpResponse<String> paid = as("fiona").postJson("/api/orders/" + order + "/events", """
				{"type": "PAYMENT_RECEIVED", "amount": %s, "reference": "WIRE-%s", "eventId": "WIRE-%s"}"""
			.formatted(amount, order, order));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(202);
	}

	private void runStatements() {
		HttpResponse<String> started = as("olga").postJson(
				"/engine-rest/process-definition/key/incentive-statement-run/start",
				"{\"variables\": {\"period\": {\"value\": \"" + QUARTER + "\"}}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		desk().complete("rosa", QUARTER, "Task_ReviewStatement", "{\"reviewDecision\": {\"value\": \"ACCEPT\"}}");
		desk().complete("rhoda", QUARTER, "Task_ApproveTeamStatements",
				"{\"teamApprovalDecision\": {\"value\": \"APPROVE\"}}");
		desk().complete("fiona", QUARTER, "Task_ApproveRun", "{\"runApprovalComment\": {\"value\": \"Checked\"}}");
	}

	private static void assertProblems(HttpResponse<String> response, String... fields) {
		JsonNode problem = Http.json(response, 422);
		assertThat(problem.toString()).contains(fields);
	}

	private long returnsOf(String order) {
		return this.jdbc.queryForObject(
				"select count(*) from order_return x join sales_order o on o.id = x.order_id" + " where o.number = ?",
				Long.class, order);
	}

	private Http as(String user) {
		return desk().as(user);
	}

	private OrderDesk desk() {
		return new OrderDesk(this.port);
	}

}
