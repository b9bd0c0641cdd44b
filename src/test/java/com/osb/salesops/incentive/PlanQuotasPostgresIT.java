package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.incentive.model.Quarter;
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
 * Statements on the quotas of the quota plans, on PostgreSQL and through the REST API: a
 * plan uploaded and published through the plan process gives each rep the sum of the
 * quarter's months, a plan not yet published gives none, a quota sales ops entered wins,
 * a newer published plan replaces an older one, and the statement names where its quota
 * came from, in JSON and CSV.
 */
class PlanQuotasPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementRun run;

	LedgerFixture ledger;

	@BeforeEach
	void users() {
		this.ledger = new LedgerFixture(this.jdbc, new Quarter(2051, 1));
		TestUsers.ensure(this.identityService, "quinn", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "dora", Roles.SALES_DIRECTOR);
		TestUsers.ensure(this.identityService, "gwen", Roles.GENERAL_MANAGER);
	}

	@Test
	void shouldPayOnTheQuarterOfThePublishedPlanAndNameThePlan() throws Exception {
		// given POLICY 4's worked example, uploaded for 2051 with equal months
		List<String> reps = new ArrayList<>();
		for (int rep = 0; rep < 4; rep++) {
			reps.add(this.ledger.repWithoutQuota("TR2", "10000"));
		}
		String csv = "id,lastYearActual,potential,tenureMonths,DIRECT,DISTRIBUTOR,ONLINE\n" + reps.get(0)
				+ ",400000,500000,24,0.5,0.3,0.2\n" + reps.get(1) + ",300000,100000,24,,,\n" + reps.get(2)
				+ ",0,300000,3,0.6,,0.4\n" + reps.get(3) + ",100000,100000,12,,,\n";
		HttpResponse<String> uploaded = as("quinn")
			.postCsv("/api/quota/plans?year=2051&target=1000000&seasonality=EQUAL", csv);
		String planId = Http.json(uploaded, 201).get("planId").asText();
		assertThat(as("quinn").get(statement("2051-Q3", reps.get(0))).statusCode()).isEqualTo(404);
		publish(planId);
		this.ledger.enterQuota(reps.get(1), new Quarter(2051, 3), "50000");

		// when
		JsonNode planned = Http.json(as("quinn").get(statement("2051-Q3", reps.get(0))), 200).get("statement");

		// then 530,900 a year in equal months: 44,242 in July and August, 44,241 in
		// September
		assertThat(planned.get("quota").decimalValue()).isEqualByComparingTo("132725")
			.isEqualByComparingTo(monthsOfTheThirdQuarter(planId, reps.get(0)));
		assertThat(planned.get("quotaSource").asText()).isEqualTo("quota plan " + planId);
		JsonNode entered = Http.json(as("quinn").get(statement("2051-Q3", reps.get(1))), 200).get("statement");
		assertThat(entered.get("quota").decimalValue()).isEqualByComparingTo("50000");
		assertThat(entered.get("quotaSource").asText()).isEqualTo("entered by sales ops");
		assertThat(this.run.computeRegion("2051-Q3", "TR2", null)).isEqualTo(4);
		assertThat(as("quinn").get(statement("2051-Q3", reps.get(0)) + "?format=csv").body())
			.contains("2051-Q3," + reps.get(0) + ",,QUOTA,quota plan " + planId + ",132725.00,,,quarterly quota\n");
		assertThat(as("quinn").get(statement("2051-Q3", reps.get(1)) + "?format=csv").body())
			.contains("2051-Q3," + reps.get(1) + ",,QUOTA,entered by sales ops,50000.00,,,quarterly quota\n");
	}

	@Test
	void shouldTakeTheNewestPublishedPlanAndNoPlanBeforePublication() throws Exception {
		// given
		QuotaPlanFixture plans = new QuotaPlanFixture(this.jdbc);
		String rep = this.ledger.repWithoutQuota("TR2", "10000");
		String waiting = this.ledger.repWithoutQuota("TR2", "10000");
		twoPublishedPlansAndANewerDraft(plans, rep, waiting);

		// when
		JsonNode statement = Http.json(as("quinn").get(statement("2052-Q2", rep)), 200).get("statement");

		// then
		assertThat(statement.get("quota").decimalValue()).isEqualByComparingTo("6000");
		assertThat(statement.get("quotaSource").asText()).isEqualTo("quota plan QP-2052-7");
		assertThat(as("quinn").get(statement("2052-Q2", waiting)).statusCode()).isEqualTo(404);
		assertThat(this.run.regionIds("2052-Q2")).containsExactly("TR2");
	}

	/**
	 * Two published plans of 2052, the newer with the smaller id, and a newer draft; the
	 * waiting rep is only in the draft.
	 */
	private void twoPublishedPlansAndANewerDraft(QuotaPlanFixture plans, String rep, String waiting) {
		plans.rep(plans.published("QP-2052-8", 2052, "2051-12-01T09:00"), rep, 1000);
		plans.rep(plans.published("QP-2052-7", 2052, "2052-01-15T09:00"), rep, 2000);
		String draft = plans.plan("QP-2052-9", 2052, "DRAFT");
		plans.rep(draft, rep, 3000);
		plans.rep(draft, waiting, 3000);
	}

	private BigDecimal monthsOfTheThirdQuarter(String planId, String rep) {
		return this.jdbc.queryForObject("select sum(amount) from quota_plan_split where plan_id = ? and rep_id = ?"
				+ " and plan_month in (7, 8, 9)", BigDecimal.class, planId, rep);
	}

	private void publish(String planId) throws Exception {
		complete(planId, "quinn", "{\"reviewDecision\": {\"value\": \"SUBMIT\"}}");
		complete(planId, "dora", "{\"marketReviewDecision\": {\"value\": \"PASS\"}}");
		complete(planId, "gwen",
				"{\"approvalDecision\": {\"value\": \"APPROVE\"}, \"approvalComment\": {\"value\": \"Agreed\"}}");
	}

	private void complete(String planId, String user, String variables) throws Exception {
		JsonNode tasks = Http.json(as(user).get("/engine-rest/task?maxResults=10&processInstanceBusinessKey=" + planId),
				200);
		List<String> ids = new ArrayList<>(tasks.findValuesAsText("id"));
		assertThat(ids).isNotEmpty();
		for (String id : ids) {
			HttpResponse<String> completed = as(user).postJson("/engine-rest/task/" + id + "/complete",
					"{\"variables\": " + variables + "}");
			assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		}
	}

	private static String statement(String period, String rep) {
		return "/api/incentive/statements/" + period + "/" + rep;
	}

	private Http as(String user) {
		return new Http(this.port).as(user);
	}

}
