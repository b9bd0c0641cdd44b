package com.osb.salesops.credit.api;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The credit rules through both public doors, the what-if calculator and the engine's
 * decision REST API, on every example of {@code rules/credit-limit.examples.csv} and the
 * worked examples of POLICY section 2.
 */
class CreditEvaluationPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	HistoryService historyService;

	Http analyst;

	Http rep;

	@BeforeEach
	void users() {
		TestUsers.ensure(this.identityService, "olga", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "ralf", Roles.SALES_REP);
		this.analyst = new Http(this.port).as("olga", "olga-secret-1");
		this.rep = new Http(this.port).as("ralf", "ralf-secret-1");
	}

	@Test
	void whatIfExplainsTheGrowthPotentialWhoSetsItAndWhenAChangeCounts() throws Exception {
		// when
		JsonNode result = body(this.analyst.postJson("/api/credit/evaluations", """
				{"trailing12mNetSales": 1200000, "avgDaysLate": 3, "maxOverdueDays": 0, "yearsAsCustomer": 5,
				 "growthPotential": "HIGH", "manualAdjustment": 0}"""), 200);

		// then
		assertThat(result.get("formulaLimit").decimalValue()).isEqualByComparingTo("240000");
		assertThat(result.get("explanations").get(0).asText()).contains("growthPotential HIGH", "growth factor of 1.2",
				"account's sales manager", "next evaluation");
	}

	@Test
	void aChineseReaderReadsTheRulesTheExplanationAndARefusalInChinese() throws Exception {
		// when
		JsonNode result = body(this.analyst.inLanguage("zh-CN").postJson("/api/credit/evaluations", """
				{"trailing12mNetSales": 1200000, "avgDaysLate": 3, "maxOverdueDays": 0, "yearsAsCustomer": 5,
				 "growthPotential": "HIGH", "manualAdjustment": 0}"""), 200);
		JsonNode refused = body(this.analyst.inLanguage("zh-CN").postJson("/api/credit/evaluations", """
				{"trailing12mNetSales": 0, "avgDaysLate": 3, "maxOverdueDays": 0, "yearsAsCustomer": 5,
				 "growthPotential": "HIGH", "manualAdjustment": 60000}"""), 422);

		// then: each text in Chinese; the rules' keys and ids stay as they are
		assertThat(result.get("rulesFired").findValuesAsText("description")).isNotEmpty()
			.allSatisfy((text) -> assertThat(text).containsPattern("\\p{IsHan}").doesNotContainPattern("[a-z]{4,}"));
		assertThat(result.get("rulesFired").findValuesAsText("rule")).contains("Rule_GradeA");
		assertThat(result.get("explanations").get(0).asText()).containsPattern("\\p{IsHan}")
			.contains("HIGH", "1.2")
			.doesNotContain("growth factor");
		assertThat(refused.at("/errors/0/message").asText()).contains("50,000").doesNotContainPattern("[a-z]{4,}");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvFileSource(resources = "/credit-limit.examples.csv", useHeadersInDisplayName = true)
	void whatIfAndEngineRestAgreeWithEveryExample(String example, String trailing12mNetSales, String avgDaysLate,
			String maxOverdueDays, String yearsAsCustomer, String growthPotential, String grade, String monthsOfCover,
			String growthFactor, String formulaLimit, String paymentTerms) throws Exception {
		// given
		String inputs = """
				"trailing12mNetSales": %s, "avgDaysLate": %s, "maxOverdueDays": %s, "yearsAsCustomer": %s,
				"growthPotential": "%s\"""".formatted(trailing12mNetSales, avgDaysLate, maxOverdueDays, yearsAsCustomer,
				growthPotential);
		String engineInputs = """
				{"variables": {"trailing12mNetSales": {"value": %s}, "avgDaysLate": {"value": %s},
				"maxOverdueDays": {"value": %s}, "yearsAsCustomer": {"value": %s},
				"growthPotential": {"value": "%s"}}}""".formatted(trailing12mNetSales, avgDaysLate, maxOverdueDays,
				yearsAsCustomer, growthPotential);

		// when
		JsonNode whatIf = body(this.analyst.postJson("/api/credit/evaluations", "{" + inputs + "}"), 200);
		JsonNode engine = body(
				this.analyst.postJson("/engine-rest/decision-definition/key/credit-limit/evaluate", engineInputs), 200)
			.get(0);

		// then
		assertThat(whatIf.get("grade").asText()).isEqualTo(grade);
		assertThat(whatIf.get("monthsOfCover").decimalValue()).isEqualByComparingTo(monthsOfCover);
		assertThat(whatIf.get("growthFactor").decimalValue()).isEqualByComparingTo(growthFactor);
		assertThat(whatIf.get("formulaLimit").decimalValue()).isEqualByComparingTo(formulaLimit);
		assertThat(whatIf.get("creditLimit").decimalValue()).isEqualByComparingTo(formulaLimit);
		assertThat(whatIf.get("paymentTerms").asText()).isEqualTo(paymentTerms);
		assertThat(whatIf.get("adjustmentApprover").asText()).isEqualTo("NONE");
		assertThat(engine.at("/grade/value").asText()).isEqualTo(grade);
		assertThat(engine.at("/monthsOfCover/value").decimalValue()).isEqualByComparingTo(monthsOfCover);
		assertThat(engine.at("/growthFactor/value").decimalValue()).isEqualByComparingTo(growthFactor);
		assertThat(engine.at("/formulaLimit/value").decimalValue()).isEqualByComparingTo(formulaLimit);
		assertThat(engine.at("/paymentTerms/value").asText()).isEqualTo(paymentTerms);
	}

	@ParameterizedTest(name = "POLICY 2 worked example: {0} -> {6} {8}")
	@CsvSource({ "1200000, 3, 0, 5, HIGH, 0, A, 240000, 240000, NET60, NONE",
			"600000, 10, 20, 2, MEDIUM, -15000, B, 75000, 60000, NET30, sales-manager",
			"250000, 40, 10, 4, LOW, 0, D, 8000, 8000, PREPAY, NONE",
			"90000, 0, 0, 0, HIGH, 0, C, 9000, 9000, PREPAY, NONE",
			"3000000, 2, 95, 10, MEDIUM, 0, E, 0, 0, PREPAY, NONE" })
	void reproducesTheWorkedExamples(String sales, String avgLate, String maxOverdue, String years, String growth,
			String adjustment, String grade, String formula, String limit, String terms, String approver)
			throws Exception {
		// when
		JsonNode result = body(this.analyst.postJson("/api/credit/evaluations", """
				{"trailing12mNetSales": %s, "avgDaysLate": %s, "maxOverdueDays": %s, "yearsAsCustomer": %s,
				 "growthPotential": "%s", "manualAdjustment": %s}""".formatted(sales, avgLate, maxOverdue, years,
				growth, adjustment)), 200);

		// then
		assertThat(result.get("grade").asText()).isEqualTo(grade);
		assertThat(result.get("formulaLimit").decimalValue()).isEqualByComparingTo(formula);
		assertThat(result.get("creditLimit").decimalValue()).isEqualByComparingTo(limit);
		assertThat(result.get("paymentTerms").asText()).isEqualTo(terms);
		assertThat(result.get("adjustmentApprover").asText()).isEqualTo(approver);
	}

	@Test
	void explainsWhichRulesFiredAndLeavesNoHistory() throws Exception {
		// given
		long decisionsBefore = this.historyService.createHistoricDecisionInstanceQuery().count();

		// when
		JsonNode result = body(this.analyst.postJson("/api/credit/evaluations", """
				{"trailing12mNetSales": 3000000, "avgDaysLate": 2, "maxOverdueDays": 95, "yearsAsCustomer": 10,
				 "growthPotential": "MEDIUM", "manualAdjustment": 30000}"""), 200);

		// then
		assertThat(result.get("rulesFired").findValuesAsText("rule")).containsExactly("Rule_GradeE", "Rule_TermsE",
				"Rule_GrowthMedium", "Rule_FormulaLimit", "Rule_NoFormulaGeneralManager");
		assertThat(result.get("creditLimit").decimalValue()).isEqualByComparingTo(new BigDecimal("30000"));
		assertThat(result.get("adjustmentApprover").asText()).isEqualTo("general-manager");
		assertThat(this.historyService.createHistoricDecisionInstanceQuery().count()).isEqualTo(decisionsBefore);
	}

	@Test
	void namesEveryBadField() throws Exception {
		// when
		JsonNode result = body(this.analyst.postJson("/api/credit/evaluations", """
				{"trailing12mNetSales": -1, "avgDaysLate": "late", "maxOverdueDays": -3,
				 "growthPotential": "HUGE", "manualAdjustment": "none"}"""), 422);

		// then
		assertThat(result.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("trailing12mNetSales",
				"avgDaysLate", "maxOverdueDays", "yearsAsCustomer", "growthPotential", "manualAdjustment");
	}

	@Test
	void refusesAnAdjustmentOutsideThePolicy() throws Exception {
		// when
		JsonNode result = body(this.analyst.postJson("/api/credit/evaluations", """
				{"trailing12mNetSales": 3000000, "avgDaysLate": 2, "maxOverdueDays": 95, "yearsAsCustomer": 10,
				 "growthPotential": "MEDIUM", "manualAdjustment": -50000.01}"""), 422);

		// then
		assertThat(result.at("/errors/0/field").asText()).isEqualTo("manualAdjustment");
		assertThat(result.at("/errors/0/message").asText()).contains("50,000");
	}

	@Test
	void malformedJsonIsABadRequest() throws Exception {
		// when
		JsonNode result = body(this.analyst.postJson("/api/credit/evaluations", "{\"trailing12mNetSales\": "), 400);

		// then
		assertThat(result.get("message").asText()).contains("not valid JSON");
	}

	@Test
	void aSalesRepMayNotUseTheCalculator() {
		// when
		HttpResponse<String> response = this.rep.postJson("/api/credit/evaluations", "{}");

		// then
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("\"status\":403");
	}

	private static JsonNode body(HttpResponse<String> response, int expectedStatus) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
		return json.readTree(response.body());
	}

}
