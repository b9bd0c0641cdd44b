package com.osb.salesops.credit.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/rules/previews} shows what a changed {@code credit-limit} would do to
 * every active customer before it is deployed. The expected figures are computed here
 * from the ledger with POLICY section 2, not by the application.
 */
class RulePreviewPostgresIT extends PostgresIntegrationTest {

	private static final String GRADE_A_COVER = "<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>2.0</text>";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	Http analyst;

	long heldCustomer;

	@BeforeEach
	void aGradeACustomerWithOpenOrders() {
		TestUsers.ensure(this.identityService, "sally", Roles.SALES_OPS);
		this.analyst = new Http(this.port).as("sally");
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.heldCustomer = customers.customer("T01");
		LocalDate monthStart = TestClock.today().withDayOfMonth(1);
		for (int month = 1; month <= 12; month++) {
			LocalDate issued = monthStart.minusMonths(month).plusDays(4);
			paidInvoice(this.heldCustomer, issued, "100000.00");
		}
		customers.profile(this.heldCustomer, "A", "200000.00", "NET60");
		this.jdbc.update("update credit_profile set committed_amount = 150000 where customer_id = ?",
				this.heldCustomer);
	}

	@Test
	void previewsACutOfGradeACoverAgainstTheLedger() throws IOException {
		// given
		long versions = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey("credit-limit")
			.count();
		String oneMonthForGradeA = creditLimitWithGradeACover("1.0");
		Map<String, Expected> expected = expectedFromTheLedger();

		// when
		HttpResponse<String> response = this.analyst.post("/api/rules/previews", "application/xml",
				BodyPublishers.ofString(oneMonthForGradeA));

		// then
		JsonNode body = Http.json(response, 200);
		JsonNode lines = body.path("customers");
		assertThat(lines.size()).isEqualTo(expected.size());
		int changed = 0;
		int passToHold = 0;
		BigDecimal moved = BigDecimal.ZERO;
		for (JsonNode line : lines) {
			Expected customer = expected.get(line.path("customerCode").asText());
			assertThat(customer).as(line.toString()).isNotNull();
			assertThat(line.path("before").path("grade").asText()).as(line.toString()).isEqualTo(customer.grade());
			assertThat(line.path("after").path("grade").asText()).isEqualTo(customer.grade());
			assertThat(line.path("before").path("creditLimit").decimalValue()).as(line.toString())
				.isEqualByComparingTo(customer.limitBefore());
			assertThat(line.path("after").path("creditLimit").decimalValue()).as(line.toString())
				.isEqualByComparingTo(customer.limitAfter());
			assertThat(line.path("after").path("paymentTerms").asText()).isEqualTo(customer.terms());
			assertThat(line.path("openOrdersPassToHold").asBoolean()).as(line.toString())
				.isEqualTo(customer.passToHold());
			changed += (customer.limitBefore().compareTo(customer.limitAfter()) != 0) ? 1 : 0;
			passToHold += customer.passToHold() ? 1 : 0;
			moved = moved.add(customer.limitAfter().subtract(customer.limitBefore()));
		}
		JsonNode summary = body.path("summary");
		assertThat(summary.path("customers").asInt()).isEqualTo(expected.size());
		assertThat(summary.path("customersChanged").asInt()).isEqualTo(changed).isPositive();
		assertThat(summary.path("totalLimitMoved").decimalValue()).isEqualByComparingTo(moved);
		assertThat(summary.path("customersPassToHold").asInt()).isEqualTo(passToHold).isPositive();
		assertThat(expected.get(code(this.heldCustomer)))
			.isEqualTo(new Expected("A", new BigDecimal("200000.00"), new BigDecimal("100000.00"), "NET60", true));
		assertThat(this.repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("credit-limit").count())
			.isEqualTo(versions);
		// every amount of money as an exact decimal of cents
		for (JsonNode line : lines) {
			for (JsonNode money : List.of(line.at("/before/creditLimit"), line.at("/after/creditLimit"),
					line.path("limitChange"), line.path("exposure"), line.path("openOrders"))) {
				assertThat(money.decimalValue().scale()).as(line.toString()).isEqualTo(2);
			}
		}
		// and the summary in the reader's language
		JsonNode chinese = Http.json(this.analyst.inLanguage("zh-CN")
			.post("/api/rules/previews", "application/xml", BodyPublishers.ofString(oneMonthForGradeA)), 200);
		assertThat(chinese.path("summaryLine").asText()).containsPattern("\\p{IsHan}")
			.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
	}

	@Test
	void answersCsvWithTheSummaryFirst() throws IOException {
		// when
		HttpResponse<String> response = this.analyst.postMultipart("/api/rules/previews?format=csv", Map.of(),
				Map.of("credit-limit.dmn", creditLimitWithGradeACover("1.0")));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		String[] lines = response.body().split("\n");
		assertThat(lines[0]).startsWith("# ").contains(" customers change; the total limit moves by -");
		assertThat(lines[1]).startsWith("customerCode,customerName,gradeBefore,gradeAfter,creditLimitBefore,");
		assertThat(response.body()).contains(code(this.heldCustomer) + ",Customer " + code(this.heldCustomer)
				+ ",A,A,200000.00,100000.00,-100000.00,NET60,NET60,150000.00,150000.00,PASS,HOLD");
	}

	@Test
	void onlySalesOpsPreviewAndABrokenModelIsNamed() throws IOException {
		// given
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);

		// when
		HttpResponse<String> finance = new Http(this.port).as("fiona")
			.post("/api/rules/previews", "application/xml", BodyPublishers.ofString(creditLimitWithGradeACover("1.0")));
		HttpResponse<String> broken = this.analyst.post("/api/rules/previews", "application/xml",
				BodyPublishers.ofString("<definitions>not a model"));

		// then
		assertThat(finance.statusCode()).isEqualTo(403);
		assertThat(broken.statusCode()).as(broken.body()).isEqualTo(422);
		assertThat(broken.body()).contains("\"model\"").doesNotContain("Exception");
	}

	@Test
	void previewsAnApprovalLevelChangeOverLastQuartersOrders() {
		// given an order of last quarter of 300,000 at grade A, approved by the sales
		// director
		String number = lastQuarterOrder("300000.00", "A", "SALES_DIRECTOR");
		String gmFrom250000 = approvalLevelWithGeneralManagerAbove("250000");

		// when
		HttpResponse<String> response = this.analyst.post("/api/rules/previews", "application/xml",
				BodyPublishers.ofString(gmFrom250000));

		// then
		JsonNode body = Http.json(response, 200);
		assertThat(body.path("decision").asText()).isEqualTo("order-approval-level");
		assertThat(body.path("from").asText()).isEqualTo("2026-07-01");
		assertThat(body.path("to").asText()).isEqualTo("2026-09-30");
		assertThat(body.path("orders")).anySatisfy((order) -> {
			assertThat(order.path("orderNumber").asText()).isEqualTo(number);
			assertThat(order.path("levelRecorded").asText()).isEqualTo("SALES_DIRECTOR");
			assertThat(order.path("levelBefore").asText()).isEqualTo("SALES_DIRECTOR");
			assertThat(order.path("levelAfter").asText()).isEqualTo("GENERAL_MANAGER");
		});
		long changed = 0;
		for (JsonNode order : body.path("orders")) {
			changed += order.path("changed").asBoolean() ? 1 : 0;
		}
		assertThat(body.path("summary").path("ordersChanged").asLong()).isEqualTo(changed).isPositive();
		assertThat(body.path("summaryLine").asText()).contains("SALES_DIRECTOR -> GENERAL_MANAGER");
		JsonNode chinese = Http.json(this.analyst.inLanguage("zh-CN")
			.post("/api/rules/previews", "application/xml", BodyPublishers.ofString(gmFrom250000)), 200);
		assertThat(chinese.path("summaryLine").asText()).contains("销售总监 → 总经理")
			.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
	}

	@Test
	void aModelInAnotherExpressionLanguageIsNotEvaluated() {
		// given an order of last quarter and the approval table with a rule's answer in
		// JUEL, which calls methods
		lastQuarterOrder("300000.00", "A", "SALES_DIRECTOR");
		String answer = "<outputEntry id=\"OutputEntry_GmTotal\"><text>\"GENERAL_MANAGER\"</text>";
		String juel = approvalLevelWithGeneralManagerAbove("250000").replace(answer,
				"<outputEntry id=\"OutputEntry_GmTotal\" expressionLanguage='juel'><text>${\"GENERAL_\".concat(\"MANAGER\")}</text>");
		assertThat(juel).contains("'juel'");

		// when
		HttpResponse<String> response = this.analyst.post("/api/rules/previews", "application/xml",
				BodyPublishers.ofString(juel));

		// then
		JsonNode body = Http.json(response, 422);
		assertThat(body.path("code").asText()).isEqualTo("model-expression-language");
		assertThat(body.toString()).contains("juel");
	}

	private String lastQuarterOrder(String total, String grade, String level) {
		if (this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("preview-grade").count() == 0) {
			this.repositoryService.createDeployment().addString("preview-grade.bpmn", """
					<?xml version="1.0" encoding="UTF-8"?>
					<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
					    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
					  <process id="preview-grade" isExecutable="true" camunda:historyTimeToLive="1">
					    <startEvent id="StartEvent_1"/>
					  </process>
					</definitions>
					""").deploy();
		}
		String instance = this.runtimeService.startProcessInstanceByKey("preview-grade", Map.of("grade", grade))
			.getId();
		long customer = new CustomerFixture(this.jdbc).customer("T01");
		String number = "SCPV" + System.nanoTime() % 1_000_000_000_000L;
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " max_discount_percent, approval_level, process_instance_id, created_by)"
						+ " values (?, ?, 'T01', 'CLOSED', ?, ?, 5, ?, ?, 'tina')",
				number, customer, Date.valueOf(LocalDate.of(2026, 8, 14)), new BigDecimal(total), level, instance);
		return number;
	}

	private static String approvalLevelWithGeneralManagerAbove(String total) {
		try {
			String original = Files.readString(Path.of("rules/order-approval-level.dmn"));
			String changed = original.replace("<inputEntry id=\"InputEntry_GmTotal_Total\"><text>&gt; 500000</text>",
					"<inputEntry id=\"InputEntry_GmTotal_Total\"><text>&gt; " + total + "</text>");
			assertThat(changed).isNotEqualTo(original);
			return changed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * POLICY section 2 over the ledger, for every active customer, with grade A's cover
	 * at 2.0 before and 1.0 after.
	 */
	private Map<String, Expected> expectedFromTheLedger() {
		LocalDate today = TestClock.today();
		LocalDate to = today.withDayOfMonth(1);
		LocalDate from = to.minusMonths(12);
		Map<Long, BigDecimal> sales = sums("select customer_id, sum(amount) from invoice where issue_date >= ?"
				+ " and issue_date < ? group by customer_id", from, to);
		Map<Long, BigDecimal> credits = sums("select customer_id, sum(amount) from credit_note where issue_date >= ?"
				+ " and issue_date < ? group by customer_id", from, to);
		Map<Long, BigDecimal> late = new HashMap<>();
		this.jdbc.query("select customer_id, sum(amount * greatest(0, settled_on - due_date)) / sum(amount)"
				+ " from receivable where settled_on >= ? and settled_on < ? group by customer_id having sum(amount) > 0",
				(RowCallbackHandler) (rs) -> late.put(rs.getLong(1), rs.getBigDecimal(2)), Date.valueOf(from),
				Date.valueOf(to));
		Map<Long, Integer> overdue = new HashMap<>();
		this.jdbc.query(
				"select customer_id, ? - min(due_date) from receivable where open_amount > 0"
						+ " and written_off_on is null and due_date < ? group by customer_id",
				(RowCallbackHandler) (rs) -> overdue.put(rs.getLong(1), rs.getInt(2)), Date.valueOf(today),
				Date.valueOf(today));
		Map<Long, BigDecimal> open = new HashMap<>();
		this.jdbc.query(
				"select customer_id, sum(open_amount) from receivable where written_off_on is null"
						+ " group by customer_id",
				(RowCallbackHandler) (rs) -> open.put(rs.getLong(1), rs.getBigDecimal(2)));
		Map<String, Expected> expected = new HashMap<>();
		this.jdbc.query(
				"select c.id, c.code, c.growth_potential, c.first_order_date, p.manual_adjustment,"
						+ " p.adjustment_expires_on, p.committed_amount from customer c"
						+ " left join credit_profile p on p.customer_id = c.id where c.active = true",
				(RowCallbackHandler) (rs) -> {
					long id = rs.getLong(1);
					Date first = rs.getDate(4);
					int years = (first != null) ? Math.max(0, Period.between(first.toLocalDate(), today).getYears())
							: 0;
					BigDecimal net = sales.getOrDefault(id, BigDecimal.ZERO)
						.subtract(credits.getOrDefault(id, BigDecimal.ZERO));
					BigDecimal avgLate = late.getOrDefault(id, BigDecimal.ZERO);
					int maxOverdue = overdue.getOrDefault(id, 0);
					Date expires = rs.getDate(6);
					BigDecimal adjustment = (rs.getBigDecimal(5) != null
							&& (expires == null || expires.toLocalDate().isAfter(today))) ? rs.getBigDecimal(5)
									: BigDecimal.ZERO;
					BigDecimal committed = (rs.getBigDecimal(7) != null) ? rs.getBigDecimal(7) : BigDecimal.ZERO;
					String grade = grade(maxOverdue, avgLate, years);
					BigDecimal growth = switch (rs.getString(3)) {
						case "HIGH" -> new BigDecimal("1.2");
						case "LOW" -> new BigDecimal("0.8");
						default -> BigDecimal.ONE;
					};
					BigDecimal before = limit(net, cover(grade, "2.0"), growth, adjustment);
					BigDecimal after = limit(net, cover(grade, "1.0"), growth, adjustment);
					String terms = switch (grade) {
						case "A" -> "NET60";
						case "B" -> "NET30";
						default -> "PREPAY";
					};
					BigDecimal exposure = open.getOrDefault(id, BigDecimal.ZERO).add(committed);
					boolean creditTerms = !"E".equals(grade) && maxOverdue <= 60 && !"PREPAY".equals(terms);
					boolean passToHold = committed.signum() > 0 && creditTerms && exposure.compareTo(before) <= 0
							&& exposure.compareTo(after) > 0;
					expected.put(rs.getString(2), new Expected(grade, before, after, terms, passToHold));
				});
		return expected;
	}

	private static String grade(int maxOverdue, BigDecimal avgLate, int years) {
		if (maxOverdue > 90) {
			return "E";
		}
		if (avgLate.compareTo(BigDecimal.valueOf(30)) > 0) {
			return "D";
		}
		if (years < 1) {
			return "C";
		}
		if (avgLate.compareTo(BigDecimal.valueOf(5)) <= 0 && years >= 3) {
			return "A";
		}
		return (avgLate.compareTo(BigDecimal.valueOf(15)) <= 0) ? "B" : "C";
	}

	private static BigDecimal cover(String grade, String gradeA) {
		return new BigDecimal(switch (grade) {
			case "A" -> gradeA;
			case "B" -> "1.5";
			case "C" -> "1.0";
			case "D" -> "0.5";
			default -> "0";
		});
	}

	private static BigDecimal limit(BigDecimal sales, BigDecimal cover, BigDecimal growth, BigDecimal adjustment) {
		BigDecimal formula = sales.multiply(cover)
			.multiply(growth)
			.divide(BigDecimal.valueOf(12_000), 0, RoundingMode.FLOOR)
			.multiply(BigDecimal.valueOf(1000));
		return formula.add(adjustment).max(BigDecimal.ZERO);
	}

	private Map<Long, BigDecimal> sums(String sql, LocalDate from, LocalDate to) {
		Map<Long, BigDecimal> sums = new HashMap<>();
		this.jdbc.query(sql, (RowCallbackHandler) (rs) -> sums.put(rs.getLong(1), rs.getBigDecimal(2)),
				Date.valueOf(from), Date.valueOf(to));
		return sums;
	}

	private void paidInvoice(long customer, LocalDate issued, String amount) {
		String number = "FPPV" + System.nanoTime();
		LocalDate due = issued.plusDays(30);
		this.jdbc.update(
				"insert into invoice (number, customer_id, issue_date, due_date, amount, status)"
						+ " values (?, ?, ?, ?, ?, 'PAID')",
				number, customer, Date.valueOf(issued), Date.valueOf(due), new BigDecimal(amount));
		Long invoice = this.jdbc.queryForObject("select id from invoice where number = ?", Long.class, number);
		LocalDate settled = due.isBefore(TestClock.today().withDayOfMonth(1)) ? due
				: TestClock.today().withDayOfMonth(1).minusDays(1);
		this.jdbc.update(
				"insert into receivable (invoice_id, customer_id, due_date, amount, open_amount, settled_on)"
						+ " values (?, ?, ?, ?, 0, ?)",
				invoice, customer, Date.valueOf(due), new BigDecimal(amount), Date.valueOf(settled));
	}

	private String code(long customer) {
		return this.jdbc.queryForObject("select code from customer where id = ?", String.class, customer);
	}

	private static String creditLimitWithGradeACover(String cover) throws IOException {
		String original = Files.readString(Path.of("rules/credit-limit.dmn"));
		String changed = original.replace(GRADE_A_COVER,
				"<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>" + cover + "</text>");
		assertThat(changed).isNotEqualTo(original);
		return changed;
	}

	record Expected(String grade, BigDecimal limitBefore, BigDecimal limitAfter, String terms, boolean passToHold) {
	}

}
