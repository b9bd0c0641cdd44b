package com.osb.salesops.quota.api;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quota plans through the REST API on PostgreSQL: a plan started from an uploaded CSV
 * (POLICY section 4's worked example), every bad line and column named, an infeasible
 * upload refused, the report as JSON and CSV, and a rep's own attainment to date on the
 * published plan.
 */
class QuotaPlansPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final String WORKED_EXAMPLE = """
			id,lastYearActual,potential,tenureMonths,DIRECT,DISTRIBUTOR,ONLINE
			Q01,400000,500000,24,0.5,0.3,0.2
			Q02,300000,100000,24,,,
			Q03,0,300000,3,0.6,,0.4
			Q04,100000,100000,12,,,
			""";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void organisationAndUsers() {
		TestUsers.ensure(this.identityService, "quinn", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "dora", Roles.SALES_DIRECTOR);
		TestUsers.ensure(this.identityService, "gwen", Roles.GENERAL_MANAGER);
		TestUsers.ensure(this.identityService, "frank", Roles.FINANCE);
		if (this.jdbc.queryForObject("select count(*) from market where id = 'QM'", Integer.class) > 0) {
			return;
		}
		this.jdbc.update("insert into market (id, name) values ('QM', 'Quota market')");
		this.jdbc.update("insert into region (id, market_id, name) values ('QR1', 'QM', 'Quota region 1')");
		this.jdbc.update("insert into region (id, market_id, name) values ('QR2', 'QM', 'Quota region 2')");
		for (int rep = 1; rep <= 4; rep++) {
			this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on) values (?, ?, ?, ?, ?)",
					"Q0" + rep, (rep <= 2) ? "QR1" : "QR2", "qrep" + rep, "Quota rep " + rep,
					Date.valueOf(LocalDate.of(2020, 1, 1)));
			TestUsers.ensure(this.identityService, "qrep" + rep, Roles.SALES_REP);
		}
	}

	@Test
	void shouldStartAPlanFromAnUploadedCsvAndReportItByMarketRegionRepQuarterMonthAndChannel() throws Exception {
		// given
		JsonNode started = body(upload("quinn", "year=2031&target=1000000&seasonality=EQUAL", WORKED_EXAMPLE), 201);
		String planId = started.get("planId").asText();

		// when
		JsonNode plan = body(as("dora").get("/api/quota/plans/" + planId), 200);
		String csv = as("frank").get("/api/quota/plans/" + planId + "?format=csv").body();

		// then
		assertThat(planId).isEqualTo("QP-2031-1");
		assertThat(plan.get("status").asText()).isEqualTo("DRAFT");
		assertThat(plan.at("/markets/0/id").asText()).isEqualTo("QM");
		assertThat(plan.at("/markets/0/quota").asLong()).isEqualTo(1_000_000);
		assertThat(plan.at("/markets/0/regions/0/quota").asLong()).isEqualTo(530_900 + 270_000);
		assertThat(plan.get("markets").findValuesAsText("bound")).containsExactly("NONE", "FLOOR", "NONE", "NONE");
		JsonNode q01 = plan.at("/markets/0/regions/0/reps/0");
		assertThat(q01.get("quota").asLong()).isEqualTo(530_900);
		assertThat(q01.at("/channels/DIRECT").asLong()).isEqualTo(265_450);
		assertThat(q01.get("quarters")).hasSize(4);
		assertThat(q01.at("/quarters/0/months/0/month").asInt()).isEqualTo(1);
		assertThat(q01.at("/quarters/0/quota").asLong()).isEqualTo(132_726);
		List<String> rows = csv.lines().toList();
		assertThat(rows.get(0)).isEqualTo("planId,market,region,rep,month,channel,quota");
		assertThat(rows).hasSize(1 + 4 * 12 * 3).anyMatch((row) -> row.startsWith(planId + ",QM,QR2,Q04,12,ONLINE,"));
		assertThat(
				rows.stream().skip(1).mapToLong((row) -> Long.parseLong(row.substring(row.lastIndexOf(',') + 1))).sum())
			.isEqualTo(1_000_000);
	}

	@Test
	void shouldNameEveryBadLineAndColumnAndKeepNothing() throws Exception {
		// given
		int plans = plans();

		// when
		JsonNode result = body(upload("quinn", "year=2032&target=1000050", """
				id,lastYearActual,potential,tenureMonths,DIRECT,DISTRIBUTOR,ONLINE
				Q01,400000,lots,24,,,
				Q02,-1,100000,2.5,,,
				Q99,1,1,1,,,
				Q02,1,1,1,0,0,0
				Q03,1,1
				"""), 422);

		// then
		assertThat(result.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("target",
				"line[2].potential", "line[3].lastYearActual", "line[3].tenureMonths", "line[5].DIRECT", "line[6]",
				"line[4].id");
		assertThat(plans()).isEqualTo(plans);
	}

	@Test
	void shouldRefuseAnInfeasibleUploadNamingTheBindingBound() throws Exception {
		// given
		int plans = plans();

		// when
		JsonNode result = body(upload("quinn", "year=2033&target=500000", WORKED_EXAMPLE), 422);

		// then
		assertThat(result.at("/errors/0/field").asText()).isEqualTo("target");
		assertThat(result.at("/errors/0/message").asText()).contains("FLOOR bounds sum to 720,000.00");
		assertThat(plans()).isEqualTo(plans);
	}

	@Test
	void shouldLetOnlySalesOpsUploadAndShowARepOnlyTheirOwnLineOnceTheyMayReadIt() throws Exception {
		// given
		String planId = body(upload("quinn", "year=2034&target=1000000", WORKED_EXAMPLE), 201).get("planId").asText();

		// when
		HttpResponse<String> byRep = upload("qrep1", "year=2034&target=1000000", WORKED_EXAMPLE);
		HttpResponse<String> draftToRep = as("qrep1").get("/api/quota/plans/" + planId);
		publish(planId);
		JsonNode publishedToRep = body(as("qrep1").get("/api/quota/plans/" + planId), 200);

		// then
		assertThat(byRep.statusCode()).isEqualTo(403);
		assertThat(draftToRep.statusCode()).isEqualTo(404);
		assertThat(publishedToRep.get("status").asText()).isEqualTo("PUBLISHED");
		assertThat(publishedToRep.get("markets").findValuesAsText("id")).containsExactly("QM", "QR1", "Q01");
	}

	@Test
	void shouldReportAttainmentToDateFromCreditedPayments() throws Exception {
		// given
		String planId = body(upload("quinn", "year=2035&target=1000000&seasonality=EQUAL", WORKED_EXAMPLE), 201)
			.get("planId")
			.asText();
		publish(planId);
		paidOrder("Q01", LocalDate.of(2035, 3, 10), "100000.00");
		paidOrder("Q01", LocalDate.of(2035, 8, 1), "50000.00");

		// when
		JsonNode attainment = body(as("qrep1").get("/api/quota/plans/" + planId + "/attainment?asOf=2035-06-30"), 200);

		// then
		assertThat(attainment.get("reps")).hasSize(1);
		JsonNode q01 = attainment.at("/reps/0");
		assertThat(q01.get("repId").asText()).isEqualTo("Q01");
		assertThat(q01.get("quotaToDate").asLong()).isEqualTo(6 * 44_242);
		assertThat(q01.get("creditedToDate").decimalValue()).isEqualByComparingTo("100000");
		assertThat(q01.get("attainment").decimalValue()).isEqualByComparingTo("0.3767159411");
	}

	private void publish(String planId) throws Exception {
		complete(planId, "quinn", "{\"reviewDecision\": {\"value\": \"SUBMIT\"}}");
		complete(planId, "dora", "{\"marketReviewDecision\": {\"value\": \"PASS\"}}");
		complete(planId, "gwen",
				"{\"approvalDecision\": {\"value\": \"APPROVE\"}, \"approvalComment\": {\"value\": \"Agreed\"}}");
	}

	private void complete(String planId, String user, String variables) throws Exception {
		JsonNode tasks = body(as(user).get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + planId),
				200);
		List<String> ids = new ArrayList<>(tasks.findValuesAsText("id"));
		assertThat(ids).isNotEmpty();
		for (String id : ids) {
			HttpResponse<String> completed = as(user).postJson("/engine-rest/task/" + id + "/complete",
					"{\"variables\": " + variables + "}");
			assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		}
	}

	private void paidOrder(String repId, LocalDate paidOn, String amount) {
		String code = "QC" + System.nanoTime() % 1_000_000_000L;
		this.jdbc.update("insert into customer (code, name, rep_id, first_order_date) values (?, ?, ?, ?)", code,
				"Customer " + code, repId, Date.valueOf(LocalDate.of(2020, 1, 1)));
		long customer = this.jdbc.queryForObject("select id from customer where code = ?", Long.class, code);
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " created_by) values (?, ?, ?, 'CLOSED', ?, ?, 'quinn')",
				"SO" + code, customer, repId, Date.valueOf(paidOn.minusDays(20)), new BigDecimal(amount));
		long order = this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, "SO" + code);
		this.jdbc.update(
				"insert into payment (number, customer_id, order_id, received_on, amount) values (?, ?, ?, ?, ?)",
				"SK" + code, customer, order, Date.valueOf(paidOn), new BigDecimal(amount));
	}

	private HttpResponse<String> upload(String user, String query, String csv) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/quota/plans?" + query))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "text/csv")
			.header("Accept-Language", "en")
			.POST(BodyPublishers.ofString(csv))
			.build();
		return HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
	}

	private int plans() {
		return this.jdbc.queryForObject("select count(*) from quota_plan", Integer.class);
	}

	private Http as(String user) {
		return new Http(this.port).as(user);
	}

	private static JsonNode body(HttpResponse<String> response, int status) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

}
