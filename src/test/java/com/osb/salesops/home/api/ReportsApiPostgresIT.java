package com.osb.salesops.home.api;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The APIs of the report pages on PostgreSQL: attainment by rep and region as the home
 * page's attainment gives it, cycle times from the engine's history with their median and
 * 90th percentile, the order list's new filters, and the pages each role may open;
 * another rep's figures are not found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsApiPostgresIT extends PostgresIntegrationTest {

	private static final String ARCHIVED = "EndEvent_InvoiceArchived";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@BeforeAll
	void aRegionOfTwoRepsWithHistory() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.jdbc.update("insert into market (id, name, manager_user_id) values ('QM', 'Report market', 'qdirector')");
		this.jdbc.update("insert into region (id, market_id, name, manager_user_id) values"
				+ " ('QA', 'QM', 'Report A', 'qmanager'), ('QB', 'QM', 'Report B', 'qother')");
		this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive) values"
				+ " ('QR1', 'QA', 'qrep1', 'Rep QR1', '2020-01-01', 10000),"
				+ " ('QR2', 'QA', 'qrep2', 'Rep QR2', '2020-01-01', 10000),"
				+ " ('QR3', 'QB', 'qrep3', 'Rep QR3', '2020-01-01', 10000)");
		long first = customers.customer("QR1");
		long second = customers.customer("QR2");
		archived("SCQR1A", first, "QR1", "DIRECT", 10, 1);
		archived("SCQR1B", first, "QR1", null, 30, 3);
		long paid = archived("SCQR2A", second, "QR2", null, 100, 5);
		this.jdbc.update("insert into payment (number, customer_id, order_id, received_on, amount)"
				+ " values ('SKREPORT01', ?, ?, '2026-11-01', 600)", second, paid);
		this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values"
				+ " ('QR1', '2026-Q4', 1000), ('QR2', '2026-Q4', 2000)");
		customers.openInvoice(first, "700.00", 40);
		customers.openInvoice(second, "900.00", 20);
		this.jdbc.update("insert into collection_case (invoice_id, customer_id, status, opened_on)"
				+ " select invoice_id, customer_id, 'OPEN', due_date + 1 from receivable where open_amount > 0 and customer_id in (?, ?)",
				first, second);
		TestUsers.ensure(this.identityService, "qrep1", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "qmanager", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "qops", Roles.SALES_OPS);
	}

	@Test
	void attainmentByRepAndRegionAgreesWithTheHomePage() throws Exception {
		// when
		JsonNode reps = Http.json(as("qmanager").get("/api/reports/attainment"), 200);
		JsonNode region = Http.json(as("qmanager").get("/api/reports/attainment?by=region"), 200);
		JsonNode home = Http.json(as("qmanager").get("/api/home/attainment"), 200);

		// then
		assertThat(reps.get("rows")).hasSize(2);
		for (int i = 0; i < 2; i++) {
			JsonNode row = reps.get("rows").get(i);
			JsonNode item = home.get("items").get(i);
			assertThat(row.get("key").asText()).isEqualTo(item.get("repId").asText());
			assertThat(row.get("credited").decimalValue()).isEqualByComparingTo(item.get("credited").decimalValue());
			assertThat(row.get("attainment").decimalValue())
				.isEqualByComparingTo(item.get("attainment").decimalValue());
			assertThat(row.get("payoutRate").decimalValue())
				.isEqualByComparingTo(item.get("payoutRate").decimalValue());
		}
		JsonNode qa = region.get("rows").get(0);
		assertThat(qa.get("key").asText()).isEqualTo("QA");
		assertThat(qa.get("quota").decimalValue()).isEqualByComparingTo("3000");
		assertThat(qa.get("credited").decimalValue()).isEqualByComparingTo("600");
		assertThat(qa.get("attainment").decimalValue()).isEqualByComparingTo("0.2");
		assertThat(region.get("total").get("payout").decimalValue())
			.isEqualByComparingTo(home.get("payout").decimalValue());
		assertThat(as("qmanager").get("/api/reports/attainment?quarter=2026-Q5").statusCode()).isEqualTo(422);
		assertThat(as("qmanager").get("/api/reports/attainment?by=customer").statusCode()).isEqualTo(422);
		assertThat(as("qmanager").get("/api/reports/attainment?rep=QR3").statusCode()).isEqualTo(404);
	}

	@Test
	void cycleTimesAreTheMedianAndNinetiethPercentileOfTheEnginesHistory() throws Exception {
		// when
		JsonNode mine = Http.json(as("qrep1").get("/api/reports/cycle-times"), 200);
		JsonNode team = Http.json(as("qmanager").get("/api/reports/cycle-times"), 200);
		JsonNode direct = Http.json(as("qmanager").get("/api/reports/cycle-times?channel=DIRECT&region=QA"), 200);

		// then
		JsonNode orders = mine.get("orders").get(0);
		assertThat(orders.get("month").asText()).isEqualTo(TestClock.today().minusDays(2).toString().substring(0, 7));
		assertThat(orders.get("count").asLong()).isEqualTo(2);
		assertThat(orders.get("medianHours").decimalValue()).isEqualByComparingTo("20");
		assertThat(orders.get("p90Hours").decimalValue()).isEqualByComparingTo("28");
		JsonNode step = mine.get("steps").get(0);
		assertThat(step.get("step").asText()).isEqualTo("Task_ReviewContract");
		assertThat(step.get("count").asLong()).isEqualTo(2);
		assertThat(step.get("medianHours").decimalValue()).isEqualByComparingTo("2");
		assertThat(team.get("orders").get(0).get("count").asLong()).isEqualTo(3);
		assertThat(team.get("orders").get(0).get("medianHours").decimalValue()).isEqualByComparingTo("30");
		assertThat(direct.get("orders").get(0).get("count").asLong()).isEqualTo(1);
		assertThat(as("qrep1").get("/api/reports/cycle-times?rep=QR2").statusCode()).isEqualTo(404);
		assertThat(as("qrep1").get("/api/reports/cycle-times?channel=PHONE").statusCode()).isEqualTo(422);
	}

	@Test
	void theOrderListFiltersByRegionChannelAndProductAndThePagesFollowTheRoles() throws Exception {
		// when
		JsonNode region = Http.json(as("qops").get("/api/orders?region=QA"), 200);
		JsonNode direct = Http.json(as("qops").get("/api/orders?market=QM&channel=DIRECT"), 200);
		JsonNode product = Http.json(as("qops").get("/api/orders?region=QA&product=P-NONE"), 200);

		// then
		assertThat(region.get("total").asLong()).isEqualTo(3);
		assertThat(direct.get("total").asLong()).isEqualTo(1);
		assertThat(product.get("total").asLong()).isZero();
		assertThat(Http.json(as("qrep1").get("/api/home"), 200).get("pages").toString()).isEqualTo(
				"[\"attainment\",\"orders\",\"cycle-times\",\"receivables\",\"forecast-accuracy\",\"compliance\","
						+ "\"satisfaction\"]");
		assertThat(Http.json(as("qops").get("/api/home"), 200).get("pages")).hasSize(8);
		assertThat(new Http(this.port).get("/reports/attainment").body()).contains("login.js");
		assertThat(new Http(this.port).get("/reports/nothing").statusCode()).isEqualTo(404);
		JsonNode cases = Http.json(as("qrep1").get("/api/receivables/collections"), 200).get("items");
		assertThat(cases).hasSize(1);
		assertThat(cases.get(0).get("repId").asText()).isEqualTo("QR1");
		assertThat(cases.get(0).get("daysPastDue").asLong()).isEqualTo(40);
		assertThat(cases.get(0).get("openAmount").decimalValue()).isEqualByComparingTo("700.00");
		assertThat(Http.json(as("qmanager").get("/api/receivables/collections"), 200).get("items")).hasSize(2);
	}

	/** An archived order whose contract review took the hours given. */
	private long archived(String number, long customer, String rep, String channel, int hours, int reviewHours) {
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount, created_by,"
						+ " channel) values (?, ?, ?, 'CLOSED', ?, 1000, 'test', ?)",
				number, customer, rep, Date.valueOf(TestClock.today().minusDays(20)), channel);
		Instant end = TestClock.today().minusDays(2).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		this.jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
				+ " START_TIME_, END_TIME_, DURATION_, END_ACT_ID_) values (?, ?, ?, 'order-to-remittance', 'o2r:1', ?,"
				+ " ?, ?, ?)", "pi-" + number, "pi-" + number, number,
				Timestamp.from(end.minus(Duration.ofHours(hours))), Timestamp.from(end), hours * 3_600_000L, ARCHIVED);
		this.jdbc.update("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_,"
				+ " ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_) values (?, 'order-to-remittance',"
				+ " 'o2r:1', ?, ?, 'Task_ReviewContract', 'Review contract', 'userTask', ?, ?, ?)", "ai-" + number,
				"pi-" + number, "pi-" + number, Timestamp.from(end.minus(Duration.ofHours(reviewHours))),
				Timestamp.from(end), reviewHours * 3_600_000L);
		return this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
	}

	private Http as(String user) {
		return new Http(this.port).as(user, TestUsers.password(user));
	}

}
