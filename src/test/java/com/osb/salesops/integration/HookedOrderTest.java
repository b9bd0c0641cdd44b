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
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.FakeFinanceAndWarehouse;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
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
		"salesops.integration.warehouse.read-timeout=PT3S", "salesops.integration.finance.read-timeout=PT3S",
		"salesops.integration.callback-secret=" + HookedOrderTest.SECRET })
abstract class HookedOrderTest extends PostgresIntegrationTest {

	static final String SECRET = "callback-secret-for-tests";

	static final ObjectMapper json = new ObjectMapper();

	static final FakeFinanceAndWarehouse remote = new FakeFinanceAndWarehouse();

	@LocalServerPort
	int port;

	OrderDesk desk;

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
		OrderDesk.hireCrew(this.identityService);
		this.desk = new OrderDesk(this.port, this::runJobs);
	}

	String approvedOrder() throws Exception {
		String number = this.desk.submit(this.customerCode, this.sku, 10);
		this.desk.approveAndSign(number);
		return number;
	}

	void driveToClosed(String number) throws Exception {
		this.desk.dispatchAndDeliver(number);
		invoiceAndClose(number);
	}

	void invoiceAndClose(String number) throws Exception {
		this.desk.invoice(number);
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
				runJob(job, failures);
			}
			due = dueJobs(number);
		}
		return failures;
	}

	/** Runs the job now, whatever its due date; its failure, if any, joins the others. */
	void runJob(Job job, List<String> failures) {
		try {
			this.managementService.executeJob(job.getId());
		}
		catch (RuntimeException ex) {
			failures
				.add(this.managementService.createJobQuery().jobId(job.getId()).singleResult().getExceptionMessage());
		}
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

	void complete(String user, String number, String taskKey, String variables) {
		this.desk.complete(user, number, taskKey, variables);
	}

	String taskId(String user, String number, String taskKey) throws Exception {
		return this.desk.taskId(user, number, taskKey);
	}

	JsonNode order(String number) throws Exception {
		return this.desk.order(number);
	}

	Http as(String user) {
		return this.desk.as(user);
	}

}
