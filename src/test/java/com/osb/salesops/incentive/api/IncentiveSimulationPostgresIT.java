package com.osb.salesops.incentive.api;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incentive what-ifs through the REST API as each role: the worked examples of POLICY
 * section 5, every bad field named, and a changed plan compared with the current one.
 */
class IncentiveSimulationPostgresIT extends PostgresIntegrationTest {

	private static final String SIMULATIONS = "/api/incentive/simulations";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	Http analyst;

	Http rep;

	@BeforeEach
	void users() {
		TestUsers.ensure(this.identityService, "olga", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "ralf", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "wendy", Roles.WAREHOUSE);
		this.analyst = new Http(this.port).as("olga", TestUsers.password("olga"));
		this.rep = new Http(this.port).as("ralf", TestUsers.password("ralf"));
	}

	@ParameterizedTest(name = "POLICY 5 worked example: credited {0}, {1} new -> {2}, {3}, {4}")
	@CsvSource({ "45000, 0, 0.45, 0, 0.00", "80000, 0, 0.8, 0.8, 8000.00", "130000, 0, 1.3, 1.6, 16000.00",
			"170000, 1, 1.7, 2.2, 22500.00", "400000, 0, 4, 2.5, 25000.00" })
	void reproducesTheWorkedExamples(String credited, int newCustomers, String attainment, String rate, String payout)
			throws Exception {
		// when
		JsonNode result = Http.json(this.analyst.postJson(SIMULATIONS, """
				{"quota": 100000, "targetIncentive": 10000, "credited": %s, "newCustomers": %d}""".formatted(credited,
				newCustomers)), 200);

		// then
		assertThat(result.get("attainment").asText()).isEqualTo(attainment);
		assertThat(result.get("payoutRate").asText()).isEqualTo(rate);
		assertThat(result.get("payout").asText()).isEqualTo(payout);
	}

	@Test
	void explainsWhichRulesFiredAndChangesNothing() throws Exception {
		// given
		long auditBefore = auditEntries();

		// when
		JsonNode result = Http.json(this.rep.postJson(SIMULATIONS, """
				{"quota": 100000, "targetIncentive": 10000, "credited": 170000, "newCustomers": 1}"""), 200);

		// then
		assertThat(result.get("rulesFired")).extracting(JsonNode::asText)
			.containsExactly("SPIFF 500 for a customer whose first ever order was paid in the quarter",
					"Payout rate rises by the slope above 150%");
		assertThat(result.get("spiffs").decimalValue()).isEqualByComparingTo("500");
		assertThat(auditEntries()).isEqualTo(auditBefore);
	}

	@Test
	void aChineseReaderReadsWhichRulesFiredInChinese() throws Exception {
		// when
		JsonNode result = Http.json(this.rep.inLanguage("zh-CN").postJson(SIMULATIONS, """
				{"quota": 100000, "targetIncentive": 10000, "credited": 170000, "newCustomers": 1}"""), 200);

		// then
		assertThat(result.get("rulesFired")).extracting(JsonNode::asText)
			.hasSize(2)
			.allSatisfy((text) -> assertThat(text).containsPattern("\\p{IsHan}").doesNotContainPattern("[a-z]{4,}"));
	}

	@Test
	void acceptsANegativeCreditedRevenue() throws Exception {
		// when
		JsonNode result = Http.json(this.analyst.postJson(SIMULATIONS, """
				{"quota": 100000, "targetIncentive": 10000, "credited": -2500.50, "newCustomers": 2}"""), 200);

		// then
		assertThat(result.get("payoutRate").decimalValue()).isZero();
		assertThat(result.get("payout").asText()).isEqualTo("1000.00");
		assertThat(result.get("carryForward").decimalValue()).isEqualByComparingTo("-2500.50");
	}

	@Test
	void namesEveryBadField() throws Exception {
		// when
		JsonNode result = Http.json(this.analyst.postJson(SIMULATIONS, """
				{"quota": 0, "targetIncentive": -1, "credited": "lots", "newCustomers": -2}"""), 422);

		// then
		assertThat(result.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("quota", "targetIncentive",
				"credited", "newCustomers");
	}

	@Test
	void namesEveryMissingFieldAndTextForANumber() throws Exception {
		// when
		JsonNode missing = Http.json(this.analyst.postJson(SIMULATIONS, "{}"), 422);
		JsonNode text = Http.json(this.analyst.postJson(SIMULATIONS, """
				{"quota": "100000", "targetIncentive": 10000, "credited": 1, "newCustomers": 1.5}"""), 422);

		// then
		assertThat(missing.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("quota",
				"targetIncentive", "credited", "newCustomers");
		assertThat(text.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("quota", "newCustomers");
	}

	@Test
	void onlyTheRolesThatNeedItMayUseIt() {
		// given
		Http warehouse = new Http(this.port).as("wendy", TestUsers.password("wendy"));
		String body = """
				{"quota": 100000, "targetIncentive": 10000, "credited": 80000, "newCustomers": 0}""";

		// when
		HttpResponse<String> refused = warehouse.postJson(SIMULATIONS, body);
		HttpResponse<String> anonymous = new Http(this.port).postJson(SIMULATIONS, body);
		HttpResponse<String> repComparing = this.rep.postJson("/api/incentive/plan-comparisons", "{}");

		// then
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(repComparing.statusCode()).isEqualTo(403);
	}

	@Test
	void comparesAChangedPlanRepByRepAndInTotal() throws Exception {
		// when
		JsonNode result = Http.json(this.analyst.postJson("/api/incentive/plan-comparisons",
				"""
						{"plan": {"accelerator": 3, "cap": 2},
						 "reps": [{"id": "R1", "quota": 100000, "targetIncentive": 10000, "credited": 130000, "newCustomers": 0},
						          {"id": "R2", "quota": 100000, "targetIncentive": 10000, "credited": 170000, "newCustomers": 1},
						          {"id": "R3", "quota": 100000, "targetIncentive": 10000, "credited": 80000, "newCustomers": 0}]}"""),
				200);

		// then
		assertThat(result.get("reps").findValuesAsText("changedPayout")).containsExactly("19000.00", "20500.00",
				"8000.00");
		assertThat(result.get("reps").findValuesAsText("currentPayout")).containsExactly("16000.00", "22500.00",
				"8000.00");
		assertThat(result.get("currentTotal").asText()).isEqualTo("46500.00");
		assertThat(result.get("changedTotal").asText()).isEqualTo("47500.00");
		assertThat(result.get("difference").asText()).isEqualTo("1000.00");
	}

	@Test
	void aPlanComparisonNamesEveryBadField() throws Exception {
		// when
		JsonNode result = Http.json(this.analyst.postJson("/api/incentive/plan-comparisons", """
				{"plan": {"accelerator": -1, "cap": "high"},
				 "reps": [{"quota": 0, "targetIncentive": 10000, "credited": 1, "newCustomers": 0}]}"""), 422);
		JsonNode overlapping = Http.json(this.analyst.postJson("/api/incentive/plan-comparisons", """
				{"plan": {"threshold": 1.2},
				 "reps": [{"id": "R1", "quota": 1, "targetIncentive": 1, "credited": 1, "newCustomers": 0}]}"""), 422);

		// then
		assertThat(result.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("plan.accelerator",
				"plan.cap", "reps[0].id", "reps[0].quota");
		assertThat(overlapping.at("/errors/0/field").asText()).isEqualTo("plan");
		assertThat(overlapping.at("/errors/0/message").asText()).isEqualTo("threshold 1.2 is above target 1.00");
	}

	private long auditEntries() {
		return this.jdbc.queryForObject("select count(*) from audit_log", Long.class);
	}

}
