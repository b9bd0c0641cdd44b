package com.osb.salesops.ordertocash.api;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real order from submission to the archived invoice on PostgreSQL, driven only through
 * the REST APIs, each step by a user in its role, with authorization on.
 */
class OrderFlowPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final String DISPATCHED_BY_EMS = """
			{"type": "DISPATCHED", "carrier": "EMS", "trackingNumber": "EMS42"}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	String customerCode;

	String sku;

	@BeforeEach
	void companyAndPeople() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.customerCode = customers.creditworthyCustomer();
		this.sku = customers.product();
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "tom", Roles.SALES_REP);
	}

	@Test
	void anOrderGoesFromSubmissionToTheArchivedInvoiceThroughTheRestApiAsEachRole() throws Exception {
		// given
		OrderDesk desk = desk();
		String number = desk.submit(this.customerCode, this.sku, 10);

		// when each role does its part: assistant, manager, rep, warehouse, finance
		desk.approveAndSign(number);
		desk.dispatchAndDeliver(number);
		desk.invoice(number);

		// then
		await().atMost(Duration.ofSeconds(30)).until(() -> "CLOSED".equals(order(number).get("status").asText()));
		JsonNode order = order(number);
		assertThat(order.at("/documents/contracts/0").asText()).matches("SC\\d{8}HT\\d{4,}");
		assertThat(order.at("/documents/shippingNotices/0").asText()).matches("SC\\d{8}FHTZ\\d{4,}");
		assertThat(order.at("/documents/invoices/0").asText()).matches("SC\\d{8}FP\\d{4,}");
		assertThat(order.get("timeline").findValuesAsText("actor")).contains("tina", "asha", "mark", "kurt", "fiona");
		// each person named as people know them, where the user has a name, their role
		// in the reader's words
		User mark = this.identityService.createUserQuery().userId("mark").singleResult();
		mark.setFirstName("马克");
		mark.setLastName("(Sales managers)");
		this.identityService.saveUser(mark);
		JsonNode namedInChinese = Http.json(as("tina").inLanguage("zh-CN").get("/api/orders/" + number), 200)
			.get("timeline");
		JsonNode namedInEnglish = Http.json(as("tina").inLanguage("en").get("/api/orders/" + number), 200)
			.get("timeline");
		mark.setFirstName(null);
		mark.setLastName(null);
		this.identityService.saveUser(mark);
		for (int i = 0; i < namedInChinese.size(); i++) {
			boolean byMark = "mark".equals(namedInChinese.get(i).path("actor").asText());
			assertThat(namedInChinese.get(i).path("actorName").textValue()).as(namedInChinese.get(i).toString())
				.isEqualTo(byMark ? "马克（销售经理）" : null);
			assertThat(namedInEnglish.get(i).path("actorName").textValue())
				.isEqualTo(byMark ? "马克 (sales-manager)" : null);
		}
		assertThat(order.get("timeline").findValuesAsText("action")).contains("ORDER_SUBMITTED", "CREDIT_CHECKED",
				"CONTRACT_SIGNED", "DISPATCHED", "INVOICE_ISSUED", "ORDER_ARCHIVED");
		JsonNode approvalLevel = null;
		for (JsonNode decision : order.get("decisions")) {
			if ("order-approval-level".equals(decision.path("decision").asText())) {
				approvalLevel = decision;
			}
		}
		assertThat(approvalLevel).as(order.get("decisions").toString()).isNotNull();
		assertThat(approvalLevel.path("version").asInt()).isEqualTo(1);
		assertThat(approvalLevel.path("outputs").path("approvalLevel").asText()).isEqualTo("SALES_MANAGER");
		assertThat(approvalLevel.path("inputs").path("Order total").toString()).as("an exact decimal")
			.isEqualTo("5000");
		assertThat(approvalLevel.path("rulesFired")).isNotEmpty();
		assertThat(approvalLevel.path("rulesFired").get(0).asText()).contains(" ").doesNotContain("Rule_");
		JsonNode chinese = Http.json(as("fiona").inLanguage("zh-CN").get("/api/orders/" + number), 200);
		// the state and the timeline as each reader reads them, what was recorded kept as
		// it was
		assertThat(chinese.get("statusText").asText()).isEqualTo("已归档");
		assertThat(order.get("statusText").asText()).isEqualTo("archived");
		assertThat(Http.json(as("fiona").inLanguage("zh-CN").get("/api/orders?customer=" + this.customerCode), 200)
			.get("items")
			.findValuesAsText("statusText")).contains("已归档");
		assertThat(chinese.get("timeline").findValuesAsText("actionText")).hasSameSizeAs(chinese.get("timeline"))
			.allSatisfy((text) -> assertThat(text).containsPattern("\\p{IsHan}"))
			.contains("提交订单", "完成任务", "订单归档");
		assertThat(chinese.get("timeline").findValuesAsText("detailText")).anySatisfy(
				(text) -> assertThat(text).startsWith("审核合同：" + number).contains("¥5,000.00").doesNotContain("CNY"));
		assertThat(chinese.get("timeline").findValuesAsText("detailText"))
			.anySatisfy((text) -> assertThat(text).startsWith("1 行，合计 ¥5"))
			.anySatisfy((text) -> assertThat(text).startsWith("通过：风险敞口 ¥").contains("信用额度 ¥").doesNotContain("PASS"))
			.anySatisfy((text) -> assertThat(text).startsWith("签署件：").doesNotContain("ON_SITE", "FAX", "COURIER"))
			.anySatisfy((text) -> assertThat(text).startsWith("通过：风险敞口 ¥").contains("信用额度 ¥").doesNotContain("PASS"))
			.anySatisfy((text) -> assertThat(text)
				.matches("合同 " + number.replace("DD", "HT") + "，模板：销售合同，SHA-256 校验值：[0-9a-f]{64}"))
			.anySatisfy((text) -> assertThat(text).matches("发票 SC\\d{8}FP\\d{4}，模板：销售发票，SHA-256 校验值：[0-9a-f]{64}"))
			.anySatisfy((text) -> assertThat(text).startsWith("审批订单：" + number).endsWith("（决定：批准）"))
			.anySatisfy((text) -> assertThat(text).matches("SC\\d{8}FP\\d{4}，金额 ¥5,000\\.00，到期日 \\d{4}-\\d{2}-\\d{2}"))
			.anySatisfy((text) -> assertThat(text).matches("SC\\d{8}FP\\d{4}，应收余额 ¥5,000\\.00"))
			.anySatisfy(
					(text) -> assertThat(text).matches("\\d{4}-\\d{2}-\\d{2} 送达，\\d{4}-\\d{2}-\\d{2} 回访（3 个工作日）；规则：.*"))
			.noneSatisfy((text) -> assertThat(text).contains("line(s)", "exposure", "from template", " due ", " open ",
					"call on", "sales-contract", "invoice，", "sha256"))
			.noneSatisfy(
					(text) -> assertThat(text).containsPattern("[a-z]+[A-Z][a-z]+=|=true|=false|\\bSIGNED_CONTRACT"));
		assertThat(chinese.get("timeline").findValuesAsText("detail"))
			.isEqualTo(order.get("timeline").findValuesAsText("detail"))
			.contains("1 line(s), total 5000.00 CNY");
		assertThat(order.get("timeline").findValuesAsText("actionText")).contains("Order submitted", "Task completed");
		// an English reader reads the answers in the form's words too
		assertThat(order.get("timeline").findValuesAsText("detailText"))
			.anySatisfy((text) -> assertThat(text).startsWith("Review contract: " + number)
				.endsWith(" (The contract matches the order: yes)"))
			.anySatisfy((text) -> assertThat(text).startsWith("passed: exposure "))
			.noneSatisfy(
					(text) -> assertThat(text).containsPattern("[a-z]+[A-Z][a-z]+=|=true|=false|\\bSIGNED_CONTRACT"));
		assertThat(chinese.findValues("rulesFired").toString()).contains("销售经理：其他情况")
			.doesNotContain("Sales manager: otherwise");
		assertThat(chinese.get("decisions").findValuesAsText("name")).contains("订单审批级别")
			.doesNotContain("Order approval level");
		assertThat(chinese.get("decisions").findValues("inputs").toString()).contains("\"订单总额\":5000")
			.doesNotContain("Order total");
		assertThat(order.findValues("rulesFired").toString()).contains("Sales manager: otherwise");
		assertThat(this.jdbc.queryForMap("select i.amount, r.open_amount, p.stock_on_hand, p.stock_reserved,"
				+ " cp.committed_amount from sales_order o join invoice i on i.order_id = o.id"
				+ " join receivable r on r.invoice_id = i.id join sales_order_line l on l.order_id = o.id"
				+ " join product p on p.id = l.product_id join credit_profile cp on cp.customer_id = o.customer_id"
				+ " where o.number = ?", number))
			.containsEntry("amount", new BigDecimal("5000.00"))
			.containsEntry("open_amount", new BigDecimal("5000.00"))
			.containsEntry("stock_on_hand", 90)
			.containsEntry("stock_reserved", 0)
			.containsEntry("committed_amount", new BigDecimal("0.00"));
	}

	@Test
	void theTenThousandthOrderOfADayIsRefusedWithAClearErrorAndNothingStored() throws Exception {
		// given: 9,999 orders numbered today
		java.sql.Date today = java.sql.Date.valueOf(TestClock.today());
		Integer drawn = this.jdbc
			.queryForList("select last_value from document_sequence where doc_type = 'DD' and business_date = ?",
					Integer.class, today)
			.stream()
			.findFirst()
			.orElse(null);
		if (drawn == null) {
			this.jdbc.update(
					"insert into document_sequence (doc_type, business_date, last_value) values ('DD', ?, 9999)",
					today);
		}
		else {
			this.jdbc.update(
					"update document_sequence set last_value = 9999 where doc_type = 'DD'" + " and business_date = ?",
					today);
		}
		Integer before = this.jdbc.queryForObject("select count(*) from sales_order", Integer.class);
		try {
			// when
			HttpResponse<String> refused = as("tina").postJson("/api/orders", """
					{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500}]}"""
				.formatted(this.customerCode, this.sku));

			// then
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(json.readTree(refused.body()).get("detail").asText()).startsWith("No DD number is left for ")
				.contains("four-digit daily sequence");
			assertThat(this.jdbc.queryForObject("select count(*) from sales_order", Integer.class)).isEqualTo(before);
		}
		finally {
			this.jdbc.update("update document_sequence set last_value = ? where doc_type = 'DD' and business_date = ?",
					(drawn != null) ? drawn : 0, today);
		}
	}

	@Test
	void anOrderRecordsTheChannelItWasSoldThroughAndRefusesAnUnknownOne() throws Exception {
		// when
		HttpResponse<String> online = as("tina").postJson("/api/orders",
				"""
						{"customerCode": "%s", "channel": "ONLINE", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500}]}"""
					.formatted(this.customerCode, this.sku));
		HttpResponse<String> unknown = as("tina").postJson("/api/orders", """
				{"customerCode": "%s", "channel": "PHONE", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500}]}"""
			.formatted(this.customerCode, this.sku));

		// then
		assertThat(online.statusCode()).as(online.body()).isEqualTo(201);
		assertThat(this.jdbc.queryForObject("select channel from sales_order where number = ?", String.class,
				json.readTree(online.body()).get("number").asText()))
			.isEqualTo("ONLINE");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(json.readTree(unknown.body()).get("errors").findValuesAsText("field")).containsExactly("channel");
	}

	@Test
	void aBadOrderIsRefusedWithEveryProblemAndNothingStored() throws Exception {
		// given
		Integer before = this.jdbc.queryForObject("select count(*) from sales_order", Integer.class);

		// when
		HttpResponse<String> refused = as("tina").postJson("/api/orders", """
				{"customerCode": "NOPE", "requestedDate": "%s", "lines": [
				  {"sku": "%s", "quantity": 0, "unitPrice": 100, "discountPercent": 120},
				  {"sku": "NO-SUCH-SKU", "quantity": 1, "unitPrice": "cheap"}]}"""
			.formatted(TestClock.today().minusDays(1), this.sku));

		// then
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(json.readTree(refused.body()).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
				"customerCode", "requestedDate", "lines[0].quantity", "lines[0].unitPrice", "lines[0].discountPercent",
				"lines[1].sku", "lines[1].unitPrice");
		assertThat(this.jdbc.queryForObject("select count(*) from sales_order", Integer.class)).isEqualTo(before);
	}

	@Test
	void aRepSeesOnlyTheirOwnOrdersAndTasks() throws Exception {
		// given
		HttpResponse<String> submitted = as("tina").postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500}]}"""
			.formatted(this.customerCode, this.sku));
		String number = json.readTree(submitted.body()).get("number").asText();

		// when
		HttpResponse<String> othersOrder = as("tom").get("/api/orders/" + number);
		HttpResponse<String> othersCustomer = as("tom").postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500}]}"""
			.formatted(this.customerCode, this.sku));

		// then
		assertThat(othersOrder.statusCode()).isEqualTo(404);
		assertThat(othersCustomer.statusCode()).isEqualTo(422);
		assertThat(othersCustomer.body()).contains("not one of your customers");
		assertThat(as("kurt").get("/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + number).body())
			.isEqualTo("[]");
	}

	@Test
	void paymentsDispatchesAndDeliveriesArriveAsEventsByOrderNumber() throws Exception {
		// given a prepaid order waiting for its payment
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long prepaid = customers.customer("T01");
		customers.profile(prepaid, "C", "9000.00", "PREPAY");
		String number = submit(customers.code(prepaid), 2);
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		complete("tina", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"FAX\"}}");
		await().atMost(Duration.ofSeconds(30)).until(() -> taskId("fiona", number, "Task_ConfirmPayment") != null);

		// when
		HttpResponse<String> early = event("kurt", number, "{\"type\": \"DELIVERED\"}");
		HttpResponse<String> wrongRole = event("tina", number,
				"{\"type\": \"DISPATCHED\", \"carrier\": \"X\", \"trackingNumber\": \"1\"}");
		HttpResponse<String> unknownOrder = event("fiona", "SC20000101DD0001", "{\"type\": \"PAYMENT_RECEIVED\"}");
		HttpResponse<String> paid = event("fiona", number,
				"{\"type\": \"PAYMENT_RECEIVED\", \"amount\": 1000, \"reference\": \"WIRE-77\"}");
		await().atMost(Duration.ofSeconds(30)).until(() -> taskId("kurt", number, "Task_CheckAndDispatch") != null);
		HttpResponse<String> dispatched = event("kurt", number, DISPATCHED_BY_EMS);
		await().atMost(Duration.ofSeconds(30)).until(() -> taskId("tina", number, "Task_ConfirmDelivery") != null);
		HttpResponse<String> delivered = event("kurt", number, "{\"type\": \"DELIVERED\"}");

		// then
		assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
		assertThat(wrongRole.statusCode()).isEqualTo(403);
		assertThat(unknownOrder.statusCode()).isEqualTo(404);
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(202);
		assertThat(dispatched.statusCode()).as(dispatched.body()).isEqualTo(202);
		assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(202);
		assertThat(this.jdbc.queryForMap("select s.status, s.tracking_number, count(p.id) as payments"
				+ " from sales_order o join shipment s on s.order_id = o.id join payment p on p.order_id = o.id"
				+ " where o.number = ? group by s.status, s.tracking_number", number))
			.containsEntry("status", "DELIVERED")
			.containsEntry("tracking_number", "EMS42")
			.containsEntry("payments", 1L);
		// the payment in the timeline as each reader reads it
		assertThat(Http.json(as("fiona").inLanguage("zh-CN").get("/api/orders/" + number), 200)
			.get("timeline")
			.findValuesAsText("detailText"))
			.anySatisfy((text) -> assertThat(text).matches("SC\\d{8}SK\\d{4}，金额 ¥1,000\\.00，参考号 WIRE-77"))
			.anySatisfy((text) -> assertThat(text).isEqualTo("金额：¥1,000.00；参考号：WIRE-77"))
			.noneSatisfy((text) -> assertThat(text).contains("type="));
		assertThat(Http.json(as("fiona").inLanguage("en").get("/api/orders/" + number), 200)
			.get("timeline")
			.findValuesAsText("detailText"))
			.anySatisfy((text) -> assertThat(text).matches("SC\\d{8}SK\\d{4} 1000\\.00 ref WIRE-77"));
	}

	@Test
	void aPrepaidOrderShippedBeforePaymentIsAReceivableShippedNotInvoicedUntilItsInvoice() throws Exception {
		// given a prepaid order of 1,000.00 with 400.00 paid, and the general manager's
		// exception to ship it
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long prepaid = customers.customer("T01");
		customers.profile(prepaid, "C", "9000.00", "PREPAY");
		String code = customers.code(prepaid);
		String number = submit(code, 2);
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		complete("tina", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"FAX\"}}");
		await().atMost(Duration.ofSeconds(30)).until(() -> taskId("fiona", number, "Task_ConfirmPayment") != null);
		assertThat(
				event("fiona", number, "{\"type\": \"PAYMENT_RECEIVED\", \"amount\": 400, \"reference\": \"WIRE-40\"}")
					.statusCode())
			.isEqualTo(202);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> order(number).path("paid").decimalValue().compareTo(new BigDecimal("400")) == 0
					&& taskId("fiona", number, "Task_ConfirmPayment") != null);
		TestUsers.ensure(this.identityService, "gail", Roles.GENERAL_MANAGER);
		assertThat(event("gail", number, "{\"type\": \"SHIPMENT_EXCEPTION\"}").statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> taskId("kurt", number, "Task_CheckAndDispatch") != null);

		// when the warehouse ships it
		assertThat(event("kurt", number, DISPATCHED_BY_EMS).statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30)).until(() -> "DISPATCHED".equals(order(number).get("status").asText()));

		// then finance sees its unpaid 600.00 as shipped, not yet invoiced, from today
		Http finance = as("fiona");
		JsonNode ageing = Http.json(finance.get("/api/receivables/ageing?by=customer"), 200);
		JsonNode item = null;
		for (JsonNode shipped : ageing.path("shippedNotInvoiced")) {
			item = number.equals(shipped.path("orderNumber").asText()) ? shipped : item;
		}
		assertThat(item).as(ageing.toString()).isNotNull();
		assertThat(item.path("customerCode").asText()).isEqualTo(code);
		assertThat(item.path("shippedOn").asText()).isEqualTo(TestClock.today().toString());
		assertThat(item.path("bucket").asText()).isEqualTo("CURRENT");
		assertThat(item.path("openAmount").decimalValue()).isEqualByComparingTo("600.00");
		JsonNode line = null;
		for (JsonNode candidate : ageing.path("lines")) {
			line = code.equals(candidate.path("key").asText()) ? candidate : line;
		}
		assertThat(line).as(ageing.toString()).isNotNull();
		assertThat(line.path("buckets").path("CURRENT").decimalValue()).isEqualByComparingTo("600.00");
		assertThat(line.path("shippedNotInvoiced").decimalValue()).isEqualByComparingTo("600.00");
		String csv = finance.get("/api/receivables/ageing?by=customer&format=csv").body();
		assertThat(csv).startsWith("customer,name,CURRENT,1-30,31-60,61-90,OVER_90,TOTAL,SHIPPED_NOT_INVOICED\n")
			.contains(code + ",")
			.containsPattern(code + ",[^\n]*,600\\.00,0\\.00,0\\.00,0\\.00,0\\.00,600\\.00,600\\.00\n");
		JsonNode statement = Http.json(finance.get("/api/receivables/customers/" + code + "/statement"), 200);
		assertThat(statement.path("lines").findValuesAsText("kind")).containsExactly("PAYMENT", "SHIPPED_NOT_INVOICED");
		assertThat(statement.path("closingBalance").decimalValue()).isEqualByComparingTo("600.00");
		assertThat(Http.json(as("tina").get("/api/receivables/customers/" + code + "/statement"), 200)
			.path("closingBalance")
			.decimalValue()).isEqualByComparingTo("600.00");
		// and the statement as a page to print reads in the reader's language
		String path = "/api/receivables/customers/" + code + "/statement?format=html";
		String chinese = finance.inLanguage("zh-CN").get(path).body();
		String english = finance.get(path).body();
		assertThat(chinese).contains("<html lang=\"zh-CN\">", "<h1>客户对账单</h1>", "<th>日期</th>", "期初余额", "已发货未开票", "期末余额",
				"¥600.00");
		assertThat(chinese.replaceAll("<style>.*</style>|<[^>]*>|[A-Z]{2}\\d+[A-Z]{2}\\d+", "")
			.replace(statement.path("customerName").asText(), "")
			.replace(code, "")).doesNotContainPattern("[A-Za-z]{3,}");
		assertThat(english)
			.contains("<html lang=\"en\">", "<h1>Statement of account</h1>", "Shipped, not yet invoiced", "600.00 CNY")
			.doesNotContainPattern("\\p{IsHan}");
	}

	@Test
	void theRepCancelsBeforeDispatchAndEverythingHeldIsReleased() throws Exception {
		// given
		String number = submit(this.customerCode, 3);
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");

		// when
		HttpResponse<String> cancelled = event("tina", number,
				"{\"type\": \"CANCELLED\", \"reason\": \"Customer changed supplier\"}");

		// then
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
		JsonNode order = order(number);
		assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
		assertThat(order.get("cancelReason").asText()).isEqualTo("Customer changed supplier");
		assertThat(this.jdbc.queryForObject(
				"select c.status from contract c join sales_order o on o.id = c.order_id" + " where o.number = ?",
				String.class, number))
			.isEqualTo("VOID");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"type\": \"CANCELLED\", \"reason\": \"Not mine\"}", "{\"type\": \"DELIVERED\"}",
			"{\"type\": \"PAYMENT_RECEIVED\", \"amount\": 10, \"reference\": \"X\"}",
			"{\"type\": \"DISPATCHED\", \"carrier\": \"X\", \"trackingNumber\": \"1\"}",
			"{\"type\": \"SHIPMENT_EXCEPTION\"}", "{\"type\": \"NO_SUCH_EVENT\"}", "{}" })
	void anotherRepsOrderDoesNotExistForARepWhateverTheEvent(String event) throws Exception {
		// given tina's order
		String number = submit(this.customerCode, 1);
		String status = order(number).get("status").asText();

		// when tom reports an event on it
		HttpResponse<String> response = event("tom", number, event);

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		assertThat(response.body()).doesNotContain(status);
		assertThat(order(number).get("status").asText()).isEqualTo(status);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_log where subject_id = ? and actor = 'tom'",
				Long.class, number))
			.isZero();
	}

	@Test
	void aCancelledOrderTakesNoPaymentNorAnyOtherEvent() throws Exception {
		// given
		String number = submit(this.customerCode, 1);
		assertThat(event("tina", number, "{\"type\": \"CANCELLED\", \"reason\": \"Changed mind\"}").statusCode())
			.isEqualTo(202);

		// when
		HttpResponse<String> paid = event("fiona", number,
				"{\"type\": \"PAYMENT_RECEIVED\", \"amount\": 500, \"reference\": \"LATE-1\"}");
		HttpResponse<String> delivered = event("kurt", number, "{\"type\": \"DELIVERED\"}");

		// then
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(409);
		assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(409);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from payment p join sales_order o on o.id = p.order_id where o.number = ?", Long.class,
				number))
			.isZero();
	}

	@Test
	void theOrderListShowsEachReaderWhatTheyMaySeeFilteredSortedAndPaged() throws Exception {
		// given three of tina's orders for a new customer, in region TR1 that mark
		// manages
		this.jdbc.update("update region set manager_user_id = 'mark' where id = 'TR1'");
		String first = submit(this.customerCode, 1);
		String second = submit(this.customerCode, 2);
		String third = submit(this.customerCode, 3);
		String byCustomer = "/api/orders?customer=" + this.customerCode;

		// when
		JsonNode tinas = json.readTree(as("tina").get(byCustomer + "&sort=total&size=2").body());
		JsonNode secondPage = json.readTree(as("tina").get(byCustomer + "&sort=total&size=2&page=1").body());
		JsonNode toms = json.readTree(as("tom").get(byCustomer).body());
		JsonNode marks = json.readTree(as("mark").get(byCustomer + "&sort=-number").body());
		HttpResponse<String> bad = as("tina").get("/api/orders?sort=colour&from=yesterday&size=5000");
		TestUsers.ensure(this.identityService, "max", Roles.SALES_MANAGER);
		JsonNode maxs = json.readTree(as("max").get(byCustomer).body());
		HttpResponse<String> maxReadsOne = as("max").get("/api/orders/" + first);
		HttpResponse<String> markReadsOne = as("mark").get("/api/orders/" + first);

		// then
		assertThat(tinas.get("total").asLong()).isEqualTo(3);
		assertThat(tinas.get("items").findValuesAsText("number")).containsExactly(first, second);
		assertThat(tinas.get("items").get(0).get("total").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(secondPage.get("items").findValuesAsText("number")).containsExactly(third);
		assertThat(toms.get("total").asLong()).isZero();
		assertThat(marks.get("items").findValuesAsText("number")).containsExactly(third, second, first);
		assertThat(maxs.get("total").asLong()).isZero();
		assertThat(maxReadsOne.statusCode()).isEqualTo(404);
		assertThat(markReadsOne.statusCode()).isEqualTo(200);
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("sort", "from", "size");
	}

	private String submit(String customer, int quantity) throws Exception {
		return desk().submit(customer, this.sku, quantity);
	}

	private HttpResponse<String> event(String user, String number, String body) {
		return as(user).postJson("/api/orders/" + number + "/events", body);
	}

	private void complete(String user, String number, String taskKey, String variables) {
		this.desk().complete(user, number, taskKey, variables);
	}

	private String taskId(String user, String number, String taskKey) throws Exception {
		return this.desk().taskId(user, number, taskKey);
	}

	private JsonNode order(String number) throws Exception {
		return this.desk().order(number);
	}

	private Http as(String user) {
		return this.desk().as(user);
	}

	private OrderDesk desk() {
		return new OrderDesk(this.port);
	}

}
