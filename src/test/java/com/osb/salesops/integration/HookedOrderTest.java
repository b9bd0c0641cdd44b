package com.osb.salesops.integration;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.FakeFinanceAndWarehouse;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application on PostgreSQL with finance and the warehouse as real HTTP systems on
 * loopback. The job executor is off: the tests run the jobs of the hook steps themselves,
 * one attempt at a time, and complete the human steps through REST as each role.
 */
@TestPropertySource(properties = { "salesops.integration.mode=http", "camunda.bpm.job-execution.enabled=false",
		"salesops.hooks.retry-cycle=R5/PT0S", "salesops.integration.warehouse.token=" + FakeFinanceAndWarehouse.TOKEN,
		"salesops.integration.finance.token=" + FakeFinanceAndWarehouse.TOKEN,
		"salesops.integration.warehouse.read-timeout=PT0.5S", "salesops.integration.finance.read-timeout=PT0.5S",
		"salesops.integration.callback-secret=" + HookedOrderTest.SECRET })
abstract class HookedOrderTest extends PostgresIntegrationTest {

	static final String SECRET = "callback-secret-for-tests";

	static final ObjectMapper json = new ObjectMapper();

	static final FakeFinanceAndWarehouse remote = new FakeFinanceAndWarehouse();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	HistoryService historyService;

	String customerCode;

	String sku;

	@DynamicPropertySource
	static void remoteSystems(DynamicPropertyRegistry registry) {
		registry.add("salesops.integration.finance.base-url", () -> remote.url("finance"));
		registry.add("salesops.integration.warehouse.base-url", () -> remote.url("warehouse"));
	}

	@AfterAll
	static void stopRemoteSystems() {
		remote.close();
	}

	@BeforeEach
	void companyAndPeople() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long customer = customers.customer("T01");
		customers.profile(customer, "A", "240000.00", "NET60");
		this.customerCode = customers.code(customer);
		this.sku = "HK-" + System.nanoTime();
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'Hook test controller', 600, 450, 100)", this.sku);
		TestUsers.ensure(this.identityService, "tina", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "asha", Roles.SALES_ASSISTANT);
		TestUsers.ensure(this.identityService, "mark", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);
		TestUsers.ensure(this.identityService, "kurt", Roles.WAREHOUSE);
	}

	String approvedOrder() throws Exception {
		HttpResponse<String> submitted = as("tina").postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 10, "unitPrice": 500}]}"""
			.formatted(this.customerCode, this.sku));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		String number = json.readTree(submitted.body()).get("number").asText();
		complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		complete("mark", number, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		complete("tina", number, "Task_RecordSignedContract", "{\"signedCopy\": {\"value\": \"ON_SITE\"}}");
		return number;
	}

	void driveToClosed(String number) throws Exception {
		complete("kurt", number, "Task_CheckAndDispatch", """
				{"noticeChecked": {"value": true}, "carrier": {"value": "SF Express"},
				 "trackingNumber": {"value": "SF900"}}""");
		complete("tina", number, "Task_ConfirmDelivery", "{\"deliveryConfirmed\": {\"value\": true}}");
		invoiceAndClose(number);
	}

	void invoiceAndClose(String number) throws Exception {
		complete("tina", number, "Task_CollectInvoicingDetails", """
				{"invoiceAddress": {"value": "8 Test Road"}, "taxNumber": {"value": "91110000TEST"}}""");
		complete("asha", number, "Task_FileInvoicingDetails", "{\"detailsFiled\": {\"value\": true}}");
		complete("fiona", number, "Task_ApproveInvoice", "{\"invoiceChecked\": {\"value\": true}}");
		complete("asha", number, "Task_MailInvoice",
				"{\"invoiceMailed\": {\"value\": true}, \"receiptConfirmed\": {\"value\": true}}");
		runJobs(number);
		assertThat(order(number).get("status").asText()).isEqualTo("CLOSED");
	}

	/** Sends an event to the order as finance or the warehouse would, signed. */
	HttpResponse<String> callback(String number, String body, String secret) throws Exception {
		String signature = "sha256=" + hmac(secret, body);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/orders/" + number + "/events"))
			.header("Content-Type", "application/json")
			.header("X-Salesops-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String hmac(String secret, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	void assertExactlyOnceAndBalanced(String number) {
		assertExactlyOnceAndBalanced(number, "5000.00");
	}

	void assertExactlyOnceAndBalanced(String number, String openAmount) {
		assertThat(remote.effects(number + ":reserve")).isOne();
		assertThat(remote.effects(number + ":shipping-notice")).isOne();
		assertThat(remote.effects(number + ":invoice")).isOne();
		assertThat(this.jdbc.queryForMap("select (select count(*) from stock_reservation r where r.order_id = o.id)"
				+ " as reservations, (select count(*) from shipment s where s.order_id = o.id) as notices,"
				+ " (select count(*) from invoice i where i.order_id = o.id) as invoices from sales_order o"
				+ " where o.number = ?", number))
			.containsEntry("reservations", 1L)
			.containsEntry("notices", 1L)
			.containsEntry("invoices", 1L);
		assertThat(this.jdbc.queryForMap("select i.amount, r.open_amount, p.stock_on_hand, p.stock_reserved,"
				+ " cp.committed_amount from sales_order o join invoice i on i.order_id = o.id"
				+ " join receivable r on r.invoice_id = i.id join sales_order_line l on l.order_id = o.id"
				+ " join product p on p.id = l.product_id join credit_profile cp on cp.customer_id = o.customer_id"
				+ " where o.number = ?", number))
			.containsEntry("amount", new BigDecimal("5000.00"))
			.containsEntry("open_amount", new BigDecimal(openAmount))
			.containsEntry("stock_on_hand", 90)
			.containsEntry("stock_reserved", 0)
			.containsEntry("committed_amount", new BigDecimal("0.00"));
	}

	/**
	 * Runs every due job of the order once per round, until none is due; the failures.
	 */
	List<String> runJobs(String number) {
		List<String> failures = new ArrayList<>();
		List<Job> due = dueJobs(number);
		while (!due.isEmpty()) {
			for (Job job : due) {
				try {
					this.managementService.executeJob(job.getId());
				}
				catch (RuntimeException ex) {
					failures.add(this.managementService.createJobQuery()
						.jobId(job.getId())
						.singleResult()
						.getExceptionMessage());
				}
			}
			due = dueJobs(number);
		}
		return failures;
	}

	List<Job> dueJobs(String number) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.flatMap((id) -> this.managementService.createJobQuery().processInstanceId(id).executable().list().stream())
			.toList();
	}

	Incident incident(String number) {
		return this.runtimeService.createIncidentQuery().processInstanceId(instanceId(number)).singleResult();
	}

	String instanceId(String number) {
		return this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.processDefinitionKey("order-to-remittance")
			.singleResult()
			.getId();
	}

	void complete(String user, String number, String taskKey, String variables) throws Exception {
		runJobs(number);
		String taskId = taskId(user, number, taskKey);
		assertThat(taskId).as(taskKey + " for " + user).isNotNull();
		HttpResponse<String> completed = as(user).postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\": " + variables + "}");
		assertThat(completed.statusCode()).as(taskKey + " by " + user + ": " + completed.body()).isEqualTo(204);
	}

	String taskId(String user, String number, String taskKey) throws Exception {
		JsonNode tasks = json.readTree(as(user)
			.get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + number + "&taskDefinitionKey="
					+ taskKey)
			.body());
		return tasks.isArray() && tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
	}

	JsonNode order(String number) throws Exception {
		return json.readTree(as("fiona").get("/api/orders/" + number).body());
	}

	Http as(String user) {
		return new Http(this.port).as(user, TestUsers.password(user));
	}

}
