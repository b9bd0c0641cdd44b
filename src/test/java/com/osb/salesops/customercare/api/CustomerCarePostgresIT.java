package com.osb.salesops.customercare.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.osb.salesops.customercare.ComplianceReport;
import com.osb.salesops.customercare.ComplianceReports;
import com.osb.salesops.customercare.ComplianceReports.Scope;
import com.osb.salesops.customercare.ComplianceSummary;
import com.osb.salesops.masterdata.CustomerAccounts;
import com.osb.salesops.shared.security.SalesScope;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.time.BusinessCalendar;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Customer care through the REST API on PostgreSQL: a rep records twelve weeks of visits
 * and the compliance report agrees with the figures worked out here; each rep sees only
 * their own customers; a bad contact is refused naming every field; a confirmed delivery
 * starts the callback three business days later.
 */
class CustomerCarePostgresIT extends PostgresIntegrationTest {

	private static final String VALID_TAX = "91370100MA3C00001H";

	private static final ObjectMapper EXACT = new ObjectMapper()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ManagementService managementService;

	@Autowired
	BusinessCalendar calendar;

	@Autowired
	ComplianceSummary summary;

	@Autowired
	ComplianceReports rules;

	@Autowired
	CustomerAccounts accounts;

	@Autowired
	ObjectMapper objectMapper;

	@BeforeEach
	void people() {
		new CustomerFixture(this.jdbc);
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "tom", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "olga", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "kurt", Roles.WAREHOUSE);
		TestUsers.ensure(this.identityService, "cara", Roles.SALES_REP);
		if (this.jdbc.queryForObject("select count(*) from region where id = 'CC1'", Integer.class) == 0) {
			this.jdbc.update("insert into region (id, market_id, name) values ('CC1', 'TM', 'Care region')");
			this.jdbc.update(
					"insert into sales_rep (id, region_id, user_id, name, hired_on)"
							+ " values ('C19', 'CC1', 'cara', 'Cara', ?)",
					Date.valueOf(TestClock.today().minusYears(2)));
		}
	}

	@Test
	void twelveWeeksOfVisitsGiveTheComplianceFiguresWorkedOutByHand() throws Exception {
		// given: a key account visited every two weeks, a distributor visited once ten
		// weeks ago, a direct customer with a broken file only ever called
		LocalDate today = TestClock.today();
		String key = customer("KEY_ACCOUNT", VALID_TAX, "6222 0001");
		String distributor = customer("DISTRIBUTOR", VALID_TAX, "6222 0002");
		String direct = customer("DIRECT", "91370100MA3C00001J", null);
		Http cara = new Http(this.port).as("cara");
		List<LocalDate> keyVisits = new ArrayList<>();
		for (int week = 12; week >= 2; week -= 2) {
			keyVisits.add(today.minusWeeks(week));
			record(cara, key, today.minusWeeks(week), "VISIT", week == 2);
		}
		record(cara, distributor, today.minusWeeks(10), "MEETING", false);
		record(cara, direct, today.minusWeeks(1), "CALL", true);

		// when
		JsonNode report = Http.json(new Http(this.port).as("olga").get("/api/compliance?region=CC1"), 200);
		HttpResponse<String> csv = new Http(this.port).as("olga").get("/api/compliance?region=CC1&format=csv");

		// then: key complete and visited; distributor complete, overdue, logistics never
		// confirmed; direct incomplete, never visited, logistics confirmed last week
		assertThat(report.get("asOf").asText()).isEqualTo(today.toString());
		JsonNode total = report.get("total");
		assertThat(total.get("activeCustomers").asInt()).isEqualTo(3);
		assertThat(total.get("completeFiles").asInt()).isEqualTo(2);
		assertThat(total.get("completeShare").decimalValue()).isEqualByComparingTo("0.6667");
		assertThat(total.get("overdueVisits").asInt()).isEqualTo(2);
		assertThat(total.get("staleLogistics").asInt()).isEqualTo(1);
		assertThat(report.get("reps").findValuesAsText("key")).containsExactly("C19");
		assertThat(findings(report, direct)).containsExactly("taxNumber", "bankAccount", "visit");
		assertThat(findings(report, distributor)).containsExactly("visit", "logistics");
		assertThat(findings(report, key)).isEmpty();
		JsonNode trend = report.get("trend");
		assertThat(trend).hasSize(12);
		for (int week = 12; week >= 1; week--) {
			LocalDate day = today.minusWeeks(week);
			JsonNode tally = trend.get(12 - week);
			assertThat(tally.get("asOf").asText()).isEqualTo(day.toString());
			int overdue = 1 + (overdue(keyVisits, day, 30) ? 1 : 0)
					+ (overdue(List.of(today.minusWeeks(10)), day, 60) ? 1 : 0);
			int stale = 1 + (confirmedInQuarter(today.minusWeeks(2), day) ? 0 : 1)
					+ (confirmedInQuarter(today.minusWeeks(1), day) ? 0 : 1);
			assertThat(tally.get("overdueVisits").asInt()).as("overdue visits on %s", day).isEqualTo(overdue);
			assertThat(tally.get("staleLogistics").asInt()).as("stale logistics on %s", day).isEqualTo(stale);
			assertThat(tally.get("completeShare").decimalValue())
				.isEqualByComparingTo(BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), 4, RoundingMode.HALF_UP));
		}
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).contains("text/csv").contains("UTF-8");
		assertThat(csv.body()).startsWith("asOf,market,region,rep,customerCode,customerName,duty,rule,explanation\n")
			.contains(direct + ",Customer " + direct + ",bankAccount,File incomplete: the bank account is required,"
					+ "The file has no bank account")
			.contains("A distributor is visited at least every 60 days; the last meeting was 70 days ago");
		assertThat(csv.body().lines()).hasSize(6);

		// and a reader of Chinese is told each finding in Chinese, its last contact too
		Http chinese = new Http(this.port).as("olga").inLanguage("zh-CN");
		JsonNode inChinese = Http.json(chinese.get("/api/compliance?region=CC1"), 200);
		assertThat(explanations(inChinese, distributor)).containsExactly("拜访逾期：经销商至少每 60 天拜访一次；上次会面在 70 天前",
				"物流信息过期：每季度至少确认一次");
		assertThat(explanations(inChinese, direct)).contains("档案不完整：必须填写银行账户", "拜访逾期：直销客户至少每 90 天拜访一次；没有拜访或会面记录");
		assertThat(inChinese.get("findings").findValuesAsText("rule")).contains("档案不完整：必须填写银行账户");
		// each duty named in the reader's words beside its code
		Map<String, String> duties = new java.util.TreeMap<>();
		inChinese.get("findings")
			.forEach((finding) -> duties.put(finding.path("duty").asText(), finding.path("dutyText").asText()));
		assertThat(duties).containsEntry("bankAccount", "开户银行及账号")
			.containsEntry("visit", "拜访")
			.containsEntry("logistics", "物流信息");
		assertThat(chinese.get("/api/compliance?region=CC1&format=csv").body())
			.contains(direct + ",Customer " + direct + ",bankAccount,档案不完整：必须填写银行账户,档案不完整：必须填写银行账户")
			.doesNotContain("visited");
	}

	@Test
	void theSummaryFollowsEveryChangeAndThePageAgreesWithTheRulesRunNow() throws Exception {
		// given: every customer found again, as after a data load, then three customers
		// of
		// rep C21, found as they were written
		this.summary.refreshAll();
		teams();
		String visited = customer("C21", "KEY_ACCOUNT", VALID_TAX, "6222 0041");
		String handed = customer("C21", "DISTRIBUTOR", VALID_TAX, "6222 0042");
		String leaving = customer("C21", "DIRECT", "91370100MA3C00001J", null);
		Http olga = new Http(this.port).as("olga");
		JsonNode before = Http.json(olga.get("/api/compliance?rep=C21"), 200);
		Timestamp refreshed = refreshedAt();

		// when: a visit is recorded, a customer is handed to another rep, one deactivated
		record(new Http(this.port).as("cnorth"), visited, TestClock.today(), "VISIT", true);
		this.accounts.reassign(handed, "C31", "olga", null);
		this.accounts.deactivate(leaving, "Closed down", "olga", null);
		JsonNode after = Http.json(olga.get("/api/compliance?rep=C21"), 200);

		// then: each customer was found again in its own transaction, no other
		assertThat(refreshedAt()).isEqualTo(refreshed);
		assertThat(findings(before, visited)).containsExactly("visit", "logistics");
		assertThat(findings(after, visited)).isEmpty();
		assertThat(customers(after)).doesNotContain(handed, leaving);
		assertThat(customers(Http.json(olga.get("/api/compliance?rep=C31"), 200))).contains(handed);
		assertThat(after.get("total").get("activeCustomers").asInt())
			.isEqualTo(before.get("total").get("activeCustomers").asInt() - 2);
		agreesWithTheRules(olga, new Scope(SalesScope.all(), null, null, null), "");
		agreesWithTheRules(olga, new Scope(SalesScope.all(), null, "CC2", null), "region=CC2");

		// and when 31 days pass, the key account's visit is overdue again
		ClockUtil.setCurrentTime(java.util.Date.from(TestClock.now().plus(Duration.ofDays(31))));
		try {
			JsonNode later = Http.json(olga.get("/api/compliance?rep=C21"), 200);
			assertThat(findings(later, visited)).containsExactly("visit");
			assertThat(refreshedAt()).isAfter(refreshed);
			agreesWithTheRules(olga, new Scope(SalesScope.all(), null, null, "CM"), "market=CM");
		}
		finally {
			TestClock.reset();
		}
	}

	/**
	 * The page's figures are those of the rules run now for every customer in scope; its
	 * findings, page by page, are those of the download, worst first, and all of them.
	 */
	private void agreesWithTheRules(Http http, Scope scope, String filter) throws Exception {
		ComplianceReport now = this.rules.report(scope, TestClock.today(), 12);
		JsonNode page = Http.json(http.get("/api/compliance?" + filter), 200);
		for (String part : List.of("asOf", "total", "reps", "regions", "markets", "trend")) {
			assertThat(page.get(part)).as(part + " of " + filter).isEqualTo(tree(now).get(part));
		}
		assertThat(page.get("findingsTotal").asLong()).isEqualTo(now.findings().size());
		List<String> csv = http.get("/api/compliance?format=csv&" + filter).body().lines().skip(1).toList();
		assertThat(csv).containsExactlyInAnyOrderElementsOf(now.findings()
			.stream()
			.map((finding) -> line(now.asOf().toString(), finding.marketId(), finding.regionId(), finding.repId(),
					finding.customerCode(), finding.customerName(), finding.duty(), finding.rule(),
					finding.explanation()))
			.toList());
		List<String> paged = new ArrayList<>();
		Map<String, Integer> perCustomer = new java.util.HashMap<>();
		for (int number = 0; number * 3 < csv.size(); number++) {
			for (JsonNode finding : Http.json(http.get("/api/compliance?size=3&page=" + number + "&" + filter), 200)
				.get("findings")) {
				paged
					.add(line(now.asOf().toString(), finding.get("marketId").asText(), finding.get("regionId").asText(),
							finding.get("repId").asText(), finding.get("customerCode").asText(),
							finding.get("customerName").asText(), finding.get("duty").asText(),
							finding.get("rule").asText(), finding.get("explanation").asText()));
				perCustomer.merge(finding.get("customerCode").asText(), 1, Integer::sum);
			}
		}
		assertThat(paged).isEqualTo(csv);
		assertThat(paged.stream().map((line) -> perCustomer.get(line.split(",")[4])).toList())
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(http.get("/api/compliance?size=0&page=-1").statusCode()).isEqualTo(422);
	}

	private static String line(String... cells) {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			String text = (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
			quoted.add((text.contains(",") || text.contains("\"")) ? "\"" + text.replace("\"", "\"\"") + "\"" : text);
		}
		return String.join(",", quoted);
	}

	private JsonNode tree(Object value) throws Exception {
		return EXACT.readTree(this.objectMapper.writeValueAsString(value));
	}

	private Timestamp refreshedAt() {
		return this.jdbc.queryForObject("select refreshed_at from compliance_summary", Timestamp.class);
	}

	@Test
	void eachRepWorksOnTheirOwnCustomersAndABadContactNamesEveryField() throws Exception {
		// given
		String caras = customer("DIRECT", VALID_TAX, "6222 0003");
		this.summary.changed(new CustomerFixture(this.jdbc).customer("T02"));
		Http tom = new Http(this.port).as("tom");
		String visit = """
				{"contactDate": "%s", "contactType": "VISIT", "contactsMet": "Li Wei"}""".formatted(TestClock.today());

		// when
		HttpResponse<String> foreign = tom.postJson("/api/customers/" + caras + "/contacts", visit);
		HttpResponse<String> bad = new Http(this.port).as("cara")
			.postJson("/api/customers/" + caras + "/contacts", """
					{"contactDate": "%s", "contactType": "LUNCH", "nextStep": "Send samples"}"""
				.formatted(TestClock.today().plusDays(1)));

		// then
		assertThat(foreign.statusCode()).isEqualTo(404);
		assertThat(tom.get("/api/customers/" + caras + "/contacts").statusCode()).isEqualTo(404);
		assertThat(tom.get("/api/compliance?rep=C19").statusCode()).isEqualTo(404);
		assertThat(Http.json(tom.get("/api/compliance"), 200).get("reps").findValuesAsText("key")).containsOnly("T02");
		assertThat(new Http(this.port).as("kurt").get("/api/compliance").statusCode()).isEqualTo(403);
		assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
		assertThat(Http.json(bad, 422).get("errors").findValuesAsText("field")).contains("contactDate", "contactType",
				"contactsMet", "nextStepDate");
		JsonNode badInChinese = Http.json(new Http(this.port).as("cara")
			.inLanguage("zh-CN")
			.postJson("/api/customers/" + caras + "/contacts", """
					{"contactDate": "%s", "contactType": "VISIT", "contactsMet": "Li", "nextStep": "Send samples"}"""
				.formatted(TestClock.today().plusDays(1))), 422);
		assertThat(badInChinese.get("errors").findValuesAsText("code")).containsExactly("contact-date-future",
				"next-step-date");
		assertThat(badInChinese.get("errors").findValuesAsText("message"))
			.containsExactly("拜访在发生后记录，日期须为 " + TestClock.today() + " 或更早", "请填写下一步的日期");
		assertThat(Http.json(new Http(this.port).as("asha").get("/api/customers/" + caras + "/contacts"), 200))
			.isEmpty();
		HttpResponse<String> byAssistant = new Http(this.port).as("asha")
			.postJson("/api/customers/" + caras + "/contacts", visit);
		assertThat(byAssistant.statusCode()).as(byAssistant.body()).isEqualTo(201);
		assertThat(Http.json(new Http(this.port).as("cara").get("/api/customers/" + caras + "/contacts"), 200)
			.findValuesAsText("recordedBy")).containsExactly("asha");
	}

	@Test
	void aManagerSeesTheirTeamADirectorTheirMarketAndSalesOpsEveryone() throws Exception {
		// given: market CM of director cdir with the regions CC2 of manager cman and CC3
		// of manager cmae; a scored callback for a customer of each region
		teams();
		String north = customer("C21", "DIRECT", VALID_TAX, "6222 0021");
		String south = customer("C31", "DIRECT", VALID_TAX, "6222 0031");
		String elsewhere = customer("DIRECT", VALID_TAX, "6222 0004");
		scoredCallback(north, 5);
		scoredCallback(south, 1);
		scoredCallback(elsewhere, 3);

		// when
		JsonNode manager = Http.json(new Http(this.port).as("cman").get("/api/compliance"), 200);
		JsonNode director = Http.json(new Http(this.port).as("cdir").get("/api/compliance"), 200);
		JsonNode ops = Http.json(new Http(this.port).as("olga").get("/api/compliance"), 200);

		// then
		assertThat(manager.get("reps").findValuesAsText("key")).containsExactly("C21");
		assertThat(customers(manager)).contains(north).doesNotContain(south, elsewhere);
		assertThat(director.get("regions").findValuesAsText("key")).containsExactly("CC2", "CC3");
		assertThat(director.get("markets").findValuesAsText("key")).containsExactly("CM");
		assertThat(director.get("markets").get(0).get("activeCustomers").asInt())
			.isEqualTo(director.get("total").get("activeCustomers").asInt());
		assertThat(customers(director)).contains(north, south).doesNotContain(elsewhere);
		assertThat(customers(ops)).contains(north, south, elsewhere);
		assertThat(new Http(this.port).as("cman").get("/api/compliance?rep=C31").statusCode()).isEqualTo(404);
		assertThat(new Http(this.port).as("cman").get("/api/compliance?rep=C19").statusCode()).isEqualTo(404);
		assertThat(Http.json(new Http(this.port).as("cman").get("/api/compliance?region=CC3"), 200)
			.get("total")
			.get("activeCustomers")
			.asInt()).isZero();
		assertThat(
				Http.json(new Http(this.port).as("cman").get("/api/satisfaction?by=rep"), 200).findValuesAsText("key"))
			.containsExactly("C21");
		assertThat(Http.json(new Http(this.port).as("cdir").get("/api/satisfaction?by=region"), 200)
			.findValuesAsText("key")).containsExactly("CC2", "CC3");
		assertThat(Http.json(new Http(this.port).as("olga").get("/api/satisfaction?by=region"), 200)
			.findValuesAsText("key")).contains("CC1", "CC2", "CC3");
		// each line named as people know it, not by its id
		assertThat(
				Http.json(new Http(this.port).as("cman").get("/api/satisfaction?by=rep"), 200).findValuesAsText("name"))
			.containsExactly("North");
		assertThat(Http.json(new Http(this.port).as("cdir").get("/api/satisfaction?by=region"), 200)
			.findValuesAsText("name")).containsExactly("Care north", "Care south");
		assertThat(new Http(this.port).as("cman").get("/api/satisfaction?by=rep&format=csv").body())
			.doesNotContain("C31,", "C19,");
		assertThat(Http.json(new Http(this.port).as("cman").get("/api/satisfaction?by=rep&rep=C31"), 200)).isEmpty();
		assertThat(Http.json(new Http(this.port).as("cdir").get("/api/satisfaction?by=region&region=CC3"), 200)
			.findValuesAsText("key")).containsExactly("CC3");
		// narrowed to the channel the delivered order was sold through
		this.jdbc.update("insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
				+ " created_by, channel) select 'CB' || code, id, rep_id, 'CLOSED', ?, 100, 'test', 'ONLINE'"
				+ " from customer where code = ?", Date.valueOf(TestClock.today().minusDays(20)), north);
		assertThat(Http.json(new Http(this.port).as("cdir").get("/api/satisfaction?by=region&channel=ONLINE"), 200)
			.findValuesAsText("key")).containsExactly("CC2");
		assertThat(
				Http.json(new Http(this.port).as("cman").get("/api/satisfaction?by=rep&rep=C31&channel=ONLINE"), 200))
			.isEmpty();
		assertThat(new Http(this.port).as("cdir").get("/api/satisfaction?channel=PHONE").statusCode()).isEqualTo(422);
	}

	@Test
	void aConfirmedDeliveryStartsTheCallbackThreeBusinessDaysLaterAndItsScoresCountBySkuAndRep() throws Exception {
		// given
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk desk = new OrderDesk(this.port);
		String sku = customers.product();
		String number = desk.submit(customers.creditworthyCustomer(), sku, 4);
		desk.approveAndSign(number);

		// when
		desk.dispatchAndDeliver(number);

		// then
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.queryForObject("select count(*) from delivery_callback where order_number = ?",
					Integer.class, number) == 1);
		Map<String, Object> callback = this.jdbc.queryForMap(
				"select status, delivered_on, due_on, products from delivery_callback where order_number = ?", number);
		LocalDate delivered = ((Date) callback.get("delivered_on")).toLocalDate();
		assertThat(callback).containsEntry("status", "OPEN").containsEntry("products", sku);
		assertThat(((Date) callback.get("due_on")).toLocalDate())
			.isEqualTo(this.calendar.plusBusinessDays(delivered, 3));
		assertThat(this.jdbc.queryForList(
				"select action from audit_log where subject_id = ? and action like 'CALLBACK%'", String.class, number))
			.containsExactly("CALLBACK_PLANNED");

		// and when the assistant calls on the day
		String instance = this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("delivery-callback")
			.processInstanceBusinessKey(number)
			.singleResult()
			.getId();
		this.managementService.executeJob(
				this.managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
		desk.complete("asha", number, "Task_CallCustomer", """
				{"reached": {"value": true}, "deliveryScore": {"value": "4"}, "productScore": {"value": "5"},
				 "serviceScore": {"value": "3"}, "callbackComments": {"value": "On time"}}""");

		// then the scores count for the product and the rep
		JsonNode bySku = Http.json(new Http(this.port).as("olga").get("/api/satisfaction?by=product"), 200);
		JsonNode line = null;
		for (JsonNode candidate : bySku) {
			line = sku.equals(candidate.get("key").asText()) ? candidate : line;
		}
		assertThat(line).as("satisfaction of %s in %s", sku, bySku).isNotNull();
		assertThat(line.get("name").asText())
			.isEqualTo(this.jdbc.queryForObject("select name from product where sku = ?", String.class, sku));
		assertThat(line.get("callbacks").asInt()).isEqualTo(1);
		assertThat(line.get("delivery").decimalValue()).isEqualByComparingTo("4");
		assertThat(line.get("service").decimalValue()).isEqualByComparingTo("3");
		assertThat(line.get("followUps").asInt()).isZero();
		assertThat(new Http(this.port).as("tina").get("/api/satisfaction?by=rep&format=csv").body())
			.startsWith("rep,name,callbacks,delivery,product,service,followUps\n")
			.doesNotContain("T02,");
		assertThat(new Http(this.port).as("olga").get("/api/satisfaction?by=colour").statusCode()).isEqualTo(422);
	}

	private String customer(String type, String taxNumber, String bankAccount) {
		return customer("C19", type, taxNumber, bankAccount);
	}

	private String customer(String rep, String type, String taxNumber, String bankAccount) {
		String code = "CC" + System.nanoTime() % 1_000_000_000L;
		this.jdbc.update(
				"insert into customer (code, name, rep_id, customer_type, tax_number, invoice_address,"
						+ " bank_account) values (?, ?, ?, ?, ?, '1 Jing Road, Jinan', ?)",
				code, "Customer " + code, rep, type, taxNumber, bankAccount);
		long id = this.jdbc.queryForObject("select id from customer where code = ?", Long.class, code);
		this.jdbc.update("insert into customer_contact (customer_id, position, name, phone) values (?, 1, ?, ?)", id,
				"Wang Li", "138 0000 0001");
		this.jdbc.update("insert into customer_delivery_address (customer_id, position, address, receiving_contact)"
				+ " values (?, 1, '2 Port Road, Jinan', 'Zhao Gang')", id);
		this.summary.changed(id);
		return code;
	}

	private void teams() {
		TestUsers.ensure(this.identityService, "cdir", Roles.SALES_DIRECTOR);
		TestUsers.ensure(this.identityService, "cman", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "cmae", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "cnorth", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "csouth", Roles.SALES_REP);
		if (this.jdbc.queryForObject("select count(*) from market where id = 'CM'", Integer.class) == 0) {
			this.jdbc.update("insert into market (id, name, manager_user_id) values ('CM', 'Care market', 'cdir')");
			this.jdbc.update("insert into region (id, market_id, name, manager_user_id) values"
					+ " ('CC2', 'CM', 'Care north', 'cman'), ('CC3', 'CM', 'Care south', 'cmae')");
			this.jdbc.update(
					"insert into sales_rep (id, region_id, user_id, name, hired_on) values"
							+ " ('C21', 'CC2', 'cnorth', 'North', ?), ('C31', 'CC3', 'csouth', 'South', ?)",
					Date.valueOf(TestClock.today().minusYears(2)), Date.valueOf(TestClock.today().minusYears(2)));
		}
	}

	private void scoredCallback(String customer, int score) {
		LocalDate delivered = TestClock.today().minusDays(10);
		this.jdbc.update(
				"insert into delivery_callback (order_number, customer_id, delivered_on, due_on, products, status,"
						+ " delivery_score, product_score, service_score, follow_up)"
						+ " select ?, id, ?, ?, 'P-300', 'DONE', ?, ?, ?, false from customer where code = ?",
				"CB" + customer, Date.valueOf(delivered), Date.valueOf(delivered.plusDays(3)), score, score, score,
				customer);
	}

	private static List<String> customers(JsonNode report) {
		return report.get("findings").findValuesAsText("customerCode");
	}

	private static void record(Http rep, String customer, LocalDate day, String type, boolean logistics) {
		HttpResponse<String> recorded = rep.postJson("/api/customers/" + customer + "/contacts", """
				{"contactDate": "%s", "contactType": "%s", "contactsMet": "Wang Li", "notes": "Orders for next month",
				 "logisticsConfirmed": %s}""".formatted(day, type, logistics));
		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
	}

	private static List<String> explanations(JsonNode report, String customer) {
		List<String> explanations = new ArrayList<>();
		report.get("findings").forEach((finding) -> {
			if (finding.get("customerCode").asText().equals(customer)) {
				explanations.add(finding.get("explanation").asText());
			}
		});
		return explanations;
	}

	private static List<String> findings(JsonNode report, String customer) {
		List<String> duties = new ArrayList<>();
		report.get("findings").forEach((finding) -> {
			if (finding.get("customerCode").asText().equals(customer)) {
				duties.add(finding.get("duty").asText());
			}
		});
		return duties;
	}

	private static boolean overdue(List<LocalDate> visits, LocalDate day, int interval) {
		LocalDate last = visits.stream().filter((visit) -> !visit.isAfter(day)).max(LocalDate::compareTo).orElse(null);
		return last == null || last.plusDays(interval).isBefore(day);
	}

	private static boolean confirmedInQuarter(LocalDate confirmed, LocalDate day) {
		return !confirmed.isAfter(day) && !confirmed.isBefore(BusinessClock.nextQuarterStart(day).minusMonths(3));
	}

}
