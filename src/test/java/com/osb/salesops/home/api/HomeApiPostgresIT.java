package com.osb.salesops.home.api;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.ordertocash.order.OrderTotals;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures behind the home page's charts as each role reads them: a rep their own, a
 * manager their region's reps, a director their market's, checked against the data made
 * here and against the APIs they summarise; another rep's figures are not found, other
 * roles are refused, and a browser logged in to the webapps reads them with its session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomeApiPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	OrderTotals totals;

	@BeforeAll
	void aMarketWithTwoRegions() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.jdbc.update("insert into market (id, name, manager_user_id) values ('HM', 'Home market', 'hdirector')");
		this.jdbc.update("insert into region (id, market_id, name, manager_user_id) values"
				+ " ('HA', 'HM', 'Home A', 'hmanager'), ('HB', 'HM', 'Home B', 'hother')");
		for (String[] rep : List.of(new String[] { "HR1", "HA" }, new String[] { "HR2", "HA" },
				new String[] { "HR3", "HB" })) {
			this.jdbc.update(
					"insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive)"
							+ " values (?, ?, ?, ?, '2020-01-01', 10000)",
					rep[0], rep[1], "h" + rep[0].toLowerCase().replace("hr", "rep"), "Rep " + rep[0]);
		}
		long first = customers.customer("HR1");
		long second = customers.customer("HR2");
		long third = customers.customer("HR3");
		order("HR1", first, "SUBMITTED", "100.00");
		order("HR1", first, "SUBMITTED", "200.00");
		order("HR1", first, "CREDIT_HOLD", "300.00");
		long paid = order("HR2", second, "CLOSED", "1000.00");
		order("HR3", third, "SUBMITTED", "50.00");
		this.totals.recountAll();
		this.jdbc.update("insert into payment (number, customer_id, order_id, received_on, amount)"
				+ " values ('SKHOME0001', ?, ?, '2026-11-01', 600)", second, paid);
		this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values"
				+ " ('HR1', '2026-Q4', 1000), ('HR2', '2026-Q4', 2000)");
		customers.openInvoice(first, "500.00", 45);
		customers.openInvoice(first, "70.00", -10);
		customers.openInvoice(third, "80.00", 5);
		TestUsers.ensure(this.identityService, "hrep1", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "hrep2", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "hmanager", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "hdirector", Roles.SALES_DIRECTOR);
		TestUsers.ensure(this.identityService, "hfinance", Roles.FINANCE);
		TestUsers.ensure(this.identityService, "hkeeper", Roles.WAREHOUSE);
	}

	@Test
	void aRepSeesTheirOwnOrdersAttainmentAndOverdueInvoicesOnly() throws Exception {
		// when
		JsonNode orders = Http.json(as("hrep1").get("/api/home/orders"), 200);
		JsonNode attainment = Http.json(as("hrep1").get("/api/home/attainment"), 200);
		JsonNode overdue = Http.json(as("hrep1").get("/api/home/overdue-invoices"), 200);
		JsonNode home = Http.json(as("hrep1").get("/api/home"), 200);
		User named = this.identityService.createUserQuery().userId("hmanager").singleResult();
		named.setFirstName("何经理");
		named.setLastName("(Sales managers)");
		this.identityService.saveUser(named);
		JsonNode manager = Http.json(as("hmanager").inLanguage("zh-CN").get("/api/home"), 200);
		named.setFirstName(null);
		named.setLastName(null);
		this.identityService.saveUser(named);

		// then
		assertThat(home.get("sections").toString()).isEqualTo("[\"rep\",\"tasks\",\"orders\"]");
		// the person named as people know them, else by their user id
		assertThat(home.get("userName").asText()).isEqualTo("hrep1");
		assertThat(manager.get("userName").asText()).isEqualTo("何经理（销售经理）");
		assertThat(rows(orders)).containsExactly("HR1 CREDIT_HOLD 1 300.00", "HR1 SUBMITTED 2 300.00");
		assertThat(Http.json(as("hrep1").get("/api/orders?status=SUBMITTED"), 200).get("total").asLong()).isEqualTo(2);
		assertThat(attainment.get("items")).hasSize(1);
		JsonNode mine = attainment.get("items").get(0);
		assertThat(mine.get("repId").asText()).isEqualTo("HR1");
		assertThat(mine.get("quota").decimalValue()).isEqualByComparingTo("1000");
		assertThat(mine.get("credited").decimalValue()).isEqualByComparingTo("0");
		assertThat(mine.get("payout").decimalValue()).isEqualByComparingTo(statementPayout("HR1"));
		assertThat(overdue.get("items")).hasSize(1);
		assertThat(overdue.get("items").get(0).get("daysOverdue").asLong()).isEqualTo(45);
		assertThat(overdue.get("total").decimalValue()).isEqualByComparingTo("500.00");
	}

	@Test
	void aRepCannotReadAnotherRepsFiguresByNamingThem() {
		// when
		HttpResponse<String> other = as("hrep1").get("/api/home/orders?rep=HR2");

		// then
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(as("hrep1").get("/api/home/attainment?rep=hrep2").statusCode()).isEqualTo(404);
		assertThat(as("hrep1").get("/api/home/overdue-invoices?rep=HR3").statusCode()).isEqualTo(404);
		assertThat(as("hrep1").get("/api/home/orders?rep=HR1").statusCode()).isEqualTo(200);
	}

	@Test
	void aManagerSeesTheRegionRepByRepAndADirectorTheMarket() throws Exception {
		// when
		JsonNode orders = Http.json(as("hmanager").get("/api/home/orders"), 200);
		JsonNode attainment = Http.json(as("hmanager").get("/api/home/attainment"), 200);
		JsonNode overdue = Http.json(as("hmanager").get("/api/home/overdue-invoices"), 200);
		JsonNode market = Http.json(as("hdirector").get("/api/home/orders"), 200);

		// then
		assertThat(rows(orders)).containsExactly("HR1 CREDIT_HOLD 1 300.00", "HR1 SUBMITTED 2 300.00",
				"HR2 CLOSED 1 1000.00");
		JsonNode second = attainment.get("items").get(1);
		assertThat(second.get("repId").asText()).isEqualTo("HR2");
		assertThat(second.get("credited").decimalValue()).isEqualByComparingTo("600");
		assertThat(second.get("attainment").decimalValue()).isEqualByComparingTo("0.3");
		assertThat(second.get("payout").decimalValue()).isEqualByComparingTo(statementPayout("HR2"));
		assertThat(attainment.get("credited").decimalValue()).isEqualByComparingTo("600");
		assertThat(overdue.get("total").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(as("hmanager").get("/api/home/orders?rep=HR3").statusCode()).isEqualTo(404);
		assertThat(rows(market)).contains("HR3 SUBMITTED 1 50.00").hasSize(4);
		assertThat(Http.json(as("hdirector").get("/api/home/overdue-invoices"), 200).get("total").decimalValue())
			.isEqualByComparingTo("580.00");
	}

	@Test
	void financeSeesTheReceivablesAndOtherRolesAreRefused() throws Exception {
		// when
		JsonNode receivables = Http.json(as("hfinance").get("/api/home/receivables"), 200);

		// then
		assertThat(band(receivables, "DAYS_31_60")).isGreaterThanOrEqualTo(new BigDecimal("500.00"));
		assertThat(band(receivables, "DAYS_1_30")).isGreaterThanOrEqualTo(new BigDecimal("80.00"));
		assertThat(band(receivables, "CURRENT")).isGreaterThanOrEqualTo(new BigDecimal("70.00"));
		assertThat(receivables.get("creditHolds").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(as("hrep1").get("/api/home/receivables").statusCode()).isEqualTo(403);
		assertThat(as("hkeeper").get("/api/home/orders").statusCode()).isEqualTo(403);
		assertThat(as("hkeeper").get("/api/home/tasks").statusCode()).isEqualTo(200);
		assertThat(new Http(this.port).get("/api/home/orders").statusCode()).isEqualTo(401);
	}

	@Test
	void aBrowserLoggedInToTheWebappsReadsWithItsSessionButCannotWrite() throws Exception {
		// given
		Http browser = new Http(this.port);
		String loginPage = browser.get("/").body();
		browser.get("/camunda/app/tasklist/default/");
		HttpResponse<String> login = browser.postForm("/camunda/api/admin/auth/user/default/login/welcome",
				"username=hrep1&password=" + TestUsers.password("hrep1"), browser.csrfToken());

		// when
		HttpResponse<String> orders = browser.get("/api/home/orders");

		// then
		assertThat(loginPage).contains("login.js").doesNotContain("home.js");
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(rows(Http.json(orders, 200))).containsExactly("HR1 CREDIT_HOLD 1 300.00", "HR1 SUBMITTED 2 300.00");
		assertThat(browser.get("/").body()).contains("home.js").doesNotContain("login.js");
		assertThat(browser.postJson("/api/orders", "{}").statusCode()).isEqualTo(401);
	}

	private Http as(String user) {
		return new Http(this.port).as(user, TestUsers.password(user));
	}

	private BigDecimal statementPayout(String rep) throws Exception {
		return Http
			.json(new Http(this.port).as(ADMIN, ADMIN_PASSWORD).get("/api/incentive/statements/2026-Q4/" + rep), 200)
			.get("statement")
			.get("payout")
			.decimalValue();
	}

	private static BigDecimal band(JsonNode receivables, String band) {
		for (JsonNode row : receivables.get("ageing")) {
			if (row.get("band").asText().equals(band)) {
				return row.get("openAmount").decimalValue();
			}
		}
		throw new AssertionError("No band " + band);
	}

	private static List<String> rows(JsonNode orders) {
		List<String> rows = new ArrayList<>();
		orders.get("items")
			.forEach((row) -> rows.add(row.get("repId").asText() + " " + row.get("status").asText() + " "
					+ row.get("orders").asLong() + " " + row.get("total").decimalValue().setScale(2)));
		return rows;
	}

	private long order(String rep, long customer, String status, String total) {
		String number = "SCHOME" + rep + status.substring(0, 2)
				+ this.jdbc.queryForObject("select count(*) from sales_order where rep_id = ?", Long.class, rep);
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount, created_by)"
						+ " values (?, ?, ?, ?, ?, ?, 'test')",
				number, customer, rep, status, Date.valueOf(TestClock.today().minusDays(3)), new BigDecimal(total));
		return this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
	}

}
