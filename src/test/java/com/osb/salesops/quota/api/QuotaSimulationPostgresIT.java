package com.osb.salesops.quota.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quota what-if calculator through its REST API on PostgreSQL: POLICY section 4's
 * worked example, every kind of bad input, an infeasible plan and the roles.
 */
class QuotaSimulationPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	private static final String WORKED_EXAMPLE = """
			{"target": 1000000, "reps": [
			  {"id": "R1", "lastYearActual": 400000, "potential": 500000, "tenureMonths": 24,
			   "channelMix": {"DIRECT": 0.5, "DISTRIBUTOR": 0.3, "ONLINE": 0.2}},
			  {"id": "R2", "lastYearActual": 300000, "potential": 100000, "tenureMonths": 24},
			  {"id": "R3", "lastYearActual": 0, "potential": 300000, "tenureMonths": 3},
			  {"id": "R4", "lastYearActual": 100000, "potential": 100000, "tenureMonths": 12}]}""";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	Http analyst;

	@BeforeEach
	void users() {
		TestUsers.ensure(this.identityService, "quinn", Roles.SALES_OPS);
		this.analyst = new Http(this.port).as("quinn", TestUsers.password("quinn"));
	}

	@Test
	void shouldReproduceTheWorkedExample() throws Exception {
		// when
		JsonNode plan = body(this.analyst.postJson("/api/quota/simulations", WORKED_EXAMPLE), 200);

		// then
		assertThat(plan.get("mu").asText()).startsWith("0.98218181818");
		assertThat(plan.get("alpha").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(plan.get("alphaOverridden").asBoolean()).isFalse();
		assertThat(plan.get("reps").findValuesAsText("id")).containsExactly("R1", "R2", "R3", "R4");
		assertThat(plan.get("reps").findValuesAsText("quota")).containsExactly("530900", "270000", "79600", "119500");
		assertThat(plan.get("reps").findValuesAsText("idealQuota")).containsExactly("540540.54", "256756.76",
				"81081.08", "121621.62");
		assertThat(plan.get("reps").findValuesAsText("bound")).containsExactly("NONE", "FLOOR", "NONE", "NONE");
		JsonNode r1 = plan.at("/reps/0");
		assertThat(r1.at("/channels/DIRECT").asLong()).isEqualTo(265_450);
		assertThat(r1.at("/channels/DISTRIBUTOR").asLong()).isEqualTo(159_270);
		assertThat(r1.at("/channels/ONLINE").asLong()).isEqualTo(106_180);
		assertThat(r1.get("months")).hasSize(12);
		assertThat(r1.at("/months/0").asLong()).isEqualTo(44_242);
		assertThat(r1.at("/months/11").asLong()).isEqualTo(44_241);
		assertThat(r1.at("/quarters/0").asLong()).isEqualTo(132_726);
		assertThat(texts(plan.at("/reps/2/rulesFired"))).contains("Ramp factor 0.5 in the first 6 months",
				"Quota of 0 or more with no cap for a rep who did not sell last year");
	}

	@Test
	void shouldExplainThePlanToAChineseReaderInChinese() throws Exception {
		// when
		JsonNode plan = body(this.analyst.inLanguage("zh-CN").postJson("/api/quota/simulations", WORKED_EXAMPLE), 200);

		// then: the plan's rules and each rep's
		assertThat(texts(plan.get("rulesFired"))).isNotEmpty()
			.allSatisfy((text) -> assertThat(text).containsPattern("\\p{IsHan}")
				.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}"));
		assertThat(texts(plan.at("/reps/2/rulesFired"))).contains("入职前 6 个月爬坡系数 0.5")
			.allSatisfy((text) -> assertThat(text).containsPattern("\\p{IsHan}")
				.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}"));
	}

	@Test
	void shouldSayWhenTheRequestedAlphaOverridesTheDefault() throws Exception {
		// when
		JsonNode plan = body(this.analyst.postJson("/api/quota/simulations",
				WORKED_EXAMPLE.replace("{\"target\": 1000000,", "{\"target\": 1000000, \"alpha\": 0.8,")), 200);

		// then
		assertThat(plan.get("alpha").decimalValue()).isEqualByComparingTo("0.8");
		assertThat(plan.get("alphaOverridden").asBoolean()).isTrue();
		assertThat(plan.get("note").asText()).contains("overrides the rules' default");
		assertThat(texts(plan.get("rulesFired")))
			.containsExactly("Alpha as requested, overriding the default for this simulation");
	}

	@Test
	void shouldNameEveryBadField() throws Exception {
		// when
		JsonNode result = body(this.analyst.postJson("/api/quota/simulations", """
				{"target": 1000050, "alpha": "high", "reps": [
				  {"id": "R1", "lastYearActual": -1, "potential": "lots", "tenureMonths": 2.5},
				  {"id": "R1", "lastYearActual": 10, "potential": 10, "tenureMonths": -3,
				   "channelMix": {"RETAIL": 0.5, "ONLINE": 0.5}},
				  "R3",
				  {"id": "R4", "lastYearActual": 10, "tenureMonths": 12}]}"""), 422);

		// then
		assertThat(texts(result.get("errors").findValues("field"))).containsExactlyInAnyOrder("target", "alpha",
				"reps[0].lastYearActual", "reps[0].potential", "reps[0].tenureMonths", "reps[1].id",
				"reps[1].tenureMonths", "reps[1].channelMix.RETAIL", "reps[2]", "reps[3].potential");
	}

	@Test
	void shouldRefuseAPlanWithoutRepsOrPotential() throws Exception {
		// when
		JsonNode noReps = body(this.analyst.postJson("/api/quota/simulations", "{\"target\": 1000, \"reps\": []}"),
				422);
		JsonNode noPotential = body(this.analyst.postJson("/api/quota/simulations", """
				{"target": 1000, "reps": [{"id": "R1", "lastYearActual": 0, "potential": 0, "tenureMonths": 1}]}"""),
				422);

		// then
		assertThat(noReps.at("/errors/0/field").asText()).isEqualTo("reps");
		assertThat(noPotential.at("/errors/0/field").asText()).isEqualTo("reps[*].potential");
	}

	@Test
	void shouldRefuseAnInfeasiblePlanNamingTheBindingBound() throws Exception {
		// when
		JsonNode result = body(this.analyst.postJson("/api/quota/simulations",
				WORKED_EXAMPLE.replace("\"target\": 1000000", "\"target\": 700000")), 422);

		// then
		assertThat(result.get("message").asText()).contains("FLOOR").contains("720,000.00");
		assertThat(texts(result.get("errors").findValues("field"))).containsExactly("target", "reps[0].lastYearActual",
				"reps[1].lastYearActual", "reps[3].lastYearActual");
	}

	@Test
	void shouldAnswerMalformedJsonWithBadRequest() throws Exception {
		// when
		JsonNode result = body(this.analyst.postJson("/api/quota/simulations", "{\"target\": "), 400);

		// then
		assertThat(result.get("message").asText()).contains("not valid JSON");
	}

	@Test
	void shouldForbidASalesRep() {
		// given
		TestUsers.ensure(this.identityService, "rita", Roles.SALES_REP);

		// when
		HttpResponse<String> response = new Http(this.port).as("rita", TestUsers.password("rita"))
			.postJson("/api/quota/simulations", WORKED_EXAMPLE);

		// then
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void shouldLetFinanceSimulate() {
		// given
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);

		// when
		HttpResponse<String> response = new Http(this.port).as("fiona", TestUsers.password("fiona"))
			.postJson("/api/quota/simulations", WORKED_EXAMPLE);

		// then
		assertThat(response.statusCode()).isEqualTo(200);
	}

	private static List<String> texts(Iterable<JsonNode> nodes) {
		List<String> texts = new ArrayList<>();
		nodes.forEach((node) -> texts.add(node.asText()));
		return texts;
	}

	private static JsonNode body(HttpResponse<String> response, int expectedStatus) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		return json.readTree(response.body());
	}

}
