package com.osb.salesops.shared.process;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * However a rule reaches the Camunda REST API (Camunda Modeler's bare file name, a path,
 * a multipart of several files) or Cockpit's copy of it (a deployment, a redeployment),
 * it goes live only if it agrees with its examples; a refusal answers 422 with the same
 * problem detail listing each broken example, and the previous version stays live.
 */
class RuleDeploymentPostgresIT extends PostgresIntegrationTest {

	private static final String GRADE_A_COVER = "<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>2.0</text>";

	private static final String NEW_DECISION = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
			    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="%1$s"
			    namespace="http://camunda.org/schema/1.0/dmn">
			  <decision id="%1$s" name="Rebate" camunda:historyTimeToLive="365">
			    <decisionTable id="DecisionTable_Rebate" hitPolicy="FIRST">
			      <input id="Input_OrderTotal" label="Order total">
			        <inputExpression id="InputExpression_OrderTotal" typeRef="double"><text>orderTotal</text></inputExpression>
			      </input>
			      <output id="Output_Rebate" label="Rebate" name="rebatePercent" typeRef="double"/>
			      <rule id="Rule_Large"><description>large orders</description>
			        <inputEntry id="InputEntry_Large"><text>&gt; 100000</text></inputEntry>
			        <outputEntry id="OutputEntry_Large"><text>2</text></outputEntry>
			      </rule>
			      <rule id="Rule_Other"><description>others</description>
			        <inputEntry id="InputEntry_Other"><text>-</text></inputEntry>
			        <outputEntry id="OutputEntry_Other"><text>0</text></outputEntry>
			      </rule>
			    </decisionTable>
			  </decision>
			</definitions>
			""";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	Http analyst;

	@BeforeEach
	void analyst() {
		TestUsers.ensure(this.identityService, "sally", Roles.SALES_OPS);
		this.analyst = new Http(this.port).as("sally");
	}

	@Test
	void saysWhichExamplesATableBreaksInTheAnalystsLanguage() throws IOException {
		// when
		JsonNode chinese = Http.json(this.analyst.inLanguage("zh-CN")
			.postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "credit-limit change"),
					Map.of("credit-limit.dmn", threeMonthsOfCoverForGradeA())),
				422);
		JsonNode english = Http.json(this.analyst.inLanguage("en")
			.postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "credit-limit change"),
					Map.of("credit-limit.dmn", threeMonthsOfCoverForGradeA())),
				422);

		// then
		assertThat(chinese.path("title").asText()).isEqualTo("规则与其示例不符");
		assertThat(chinese.path("message").asText())
			.contains("credit-limit.dmn：决策“credit-limit”与 rules/credit-limit.examples.csv 的 32 个示例中的 6 个不符")
			.contains("monthsOfCover 应为 2.0，实为 3.0")
			.isEqualTo(chinese.path("detail").asText());
		assertThat(english.path("title").asText()).isEqualTo("The rule disagrees with its examples");
		assertThat(english.path("message").asText())
			.contains("credit-limit.dmn: decision 'credit-limit' disagrees with 6 of 32 examples")
			.contains("monthsOfCover expected 2.0, was 3.0");
	}

	@ParameterizedTest(name = "deployed as {0}")
	@ValueSource(strings = { "credit-limit.dmn", "rules/credit-limit.dmn", "my changes/limit v2.dmn" })
	void aTableThatBreaksItsExamplesIsRefusedWithEachBrokenExample(String resourceName) throws IOException {
		// given
		long versions = versions("credit-limit");

		// when
		HttpResponse<String> response = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "credit-limit change"), Map.of(resourceName, threeMonthsOfCoverForGradeA()));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		JsonNode body = Http.json(response, 422);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(body.path("type").asText()).isEqualTo("about:blank");
		assertThat(body.path("status").asInt()).isEqualTo(422);
		assertThat(body.path("title").asText()).isEqualTo("The rule disagrees with its examples");
		assertThat(body.path("message").asText()).contains(resourceName
				+ ": decision 'credit-limit' disagrees with 6 of 32 examples in rules/credit-limit.examples.csv");
		assertThat(body.path("brokenExamples")).anySatisfy((broken) -> {
			assertThat(broken.path("rule").asText()).isEqualTo("decision 'credit-limit'");
			assertThat(broken.path("key").asText()).isEqualTo("credit-limit");
			assertThat(broken.path("example").asText()).isEqualTo("worked example 1: grade A with high growth");
			assertThat(broken.path("line").asInt()).isEqualTo(2);
			assertThat(broken.path("field").asText()).isEqualTo("monthsOfCover");
			assertThat(broken.path("expected").asText()).isEqualTo("2.0");
			assertThat(broken.path("actual").asText()).isEqualTo("3.0");
		});
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("com.osb").doesNotContain("org.camunda");
		assertThat(versions("credit-limit")).isEqualTo(versions);
		assertThat(liveFormulaLimitOfGradeA()).isEqualTo(240_000);
	}

	@Test
	void oneBrokenTableRefusesTheWholeMultipart() throws IOException {
		// given
		long creditLimit = versions("credit-limit");
		long approvalLevel = versions("order-approval-level");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("order-approval-level.dmn", Files.readString(Path.of("rules/order-approval-level.dmn")));
		files.put("credit-limit.dmn", threeMonthsOfCoverForGradeA());
		files.put("start-credit-refresh.form",
				Files.readString(Path.of("forms/credit-refresh/start-credit-refresh.form")));

		// when
		HttpResponse<String> response = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "several files"), files);

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(Http.json(response, 422).path("brokenExamples").findValuesAsText("file"))
			.containsOnly("credit-limit.dmn");
		assertThat(versions("credit-limit")).isEqualTo(creditLimit);
		assertThat(versions("order-approval-level")).isEqualTo(approvalLevel);
		assertThat(this.repositoryService.createDeploymentQuery().deploymentName("several files").count()).isZero();
	}

	@Test
	void aTableDeployedThroughCockpitsEngineApiIsRefusedWithTheSameProblemDetail() throws IOException {
		// given the analyst logged in to Cockpit
		long versions = versions("credit-limit");
		Http browser = cockpit("sally");

		// when Cockpit's copy of the engine API is asked to deploy the broken table
		HttpResponse<String> response = browser.postMultipart("/camunda/api/engine/engine/default/deployment/create",
				Map.of("deployment-name", "credit-limit from cockpit"),
				Map.of("credit-limit.dmn", threeMonthsOfCoverForGradeA()), "X-XSRF-TOKEN", browser.csrfToken());

		// then it is refused as the REST API refuses it, each broken example listed
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		JsonNode body = Http.json(response, 422);
		assertThat(body.path("type").asText()).isEqualTo("about:blank");
		assertThat(body.path("title").asText()).isEqualTo("The rule disagrees with its examples");
		assertThat(body.path("message").asText())
			.contains("credit-limit.dmn: decision 'credit-limit' disagrees with 6 of 32 examples")
			.contains("- worked example 1: grade A with high growth (line 2): monthsOfCover expected 2.0, was 3.0");
		assertThat(body.path("brokenExamples")).hasSizeGreaterThanOrEqualTo(6).anySatisfy((broken) -> {
			assertThat(broken.path("key").asText()).isEqualTo("credit-limit");
			assertThat(broken.path("example").asText()).isEqualTo("worked example 1: grade A with high growth");
			assertThat(broken.path("field").asText()).isEqualTo("monthsOfCover");
			assertThat(broken.path("expected").asText()).isEqualTo("2.0");
			assertThat(broken.path("actual").asText()).isEqualTo("3.0");
		});
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("com.osb").doesNotContain("org.camunda");
		assertThat(versions("credit-limit")).isEqualTo(versions);
		assertThat(liveFormulaLimitOfGradeA()).isEqualTo(240_000);
	}

	@Test
	void aRedeploymentThroughCockpitIsCheckedLikeANewDeployment() throws IOException {
		// given a decision deployed with its examples by an administrator
		TestUsers.ensure(this.identityService, "adam", Roles.ADMIN);
		Map<String, String> files = new LinkedHashMap<>();
		files.put("volume-rebate-3.dmn", NEW_DECISION.formatted("volume-rebate-3"));
		files.put("volume-rebate-3.examples.csv", """
				example,orderTotal,rebatePercent
				a large order,150000,2
				""");
		HttpResponse<String> deployed = new Http(this.port).as("adam")
			.postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "rebate"), files);
		String deployment = Http.json(deployed, 200).path("id").asText();
		Http browser = cockpit("adam");

		// when Cockpit redeploys the decision alone, without its examples
		HttpResponse<String> response = browser.postJson(
				"/camunda/api/engine/engine/default/deployment/" + deployment + "/redeploy",
				"{\"resourceNames\": [\"volume-rebate-3.dmn\"]}", browser.csrfToken());

		// then it is refused with the same problem detail, and one version stays live
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		JsonNode body = Http.json(response, 422);
		assertThat(body.path("title").asText()).isEqualTo("The rule cannot be checked against examples");
		assertThat(body.path("brokenExamples").get(0).path("key").asText()).isEqualTo("volume-rebate-3");
		assertThat(body.path("brokenExamples").get(0).path("problem").asText())
			.contains("there is no table of examples; add rules/volume-rebate-3.examples.csv");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.camunda");
		assertThat(versions("volume-rebate-3")).isEqualTo(1);
	}

	private Http cockpit(String user) {
		Http browser = new Http(this.port);
		HttpResponse<String> login = browser.logIn("cockpit", user, TestUsers.password(user));
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		browser.get("/camunda/api/engine/engine/");
		return browser;
	}

	@Test
	void aDecisionWithoutExamplesIsRefused() {
		// when
		HttpResponse<String> response = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "no examples"), Map.of("rebate.dmn", NEW_DECISION.formatted("rebate")));

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(Http.json(response, 422).path("title").asText())
			.isEqualTo("The rule cannot be checked against examples");
		assertThat(Http.json(response, 422).path("message").asText())
			.contains("rebate.dmn: decision 'rebate' cannot be checked against rules/rebate.examples.csv:")
			.contains("there is no table of examples; add rules/rebate.examples.csv");
		assertThat(this.repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("rebate").count())
			.isZero();
	}

	@Test
	void aDecisionDeployedWithItsExamplesGoesLiveWhenItAgrees() {
		// given
		Map<String, String> files = new LinkedHashMap<>();
		files.put("volume-rebate.dmn", NEW_DECISION.formatted("volume-rebate"));
		files.put("volume-rebate.examples.csv", """
				example,orderTotal,rebatePercent
				a large order,150000,2
				a small order,50000,0
				""");

		// when
		HttpResponse<String> response = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "with examples"), files);

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(versions("volume-rebate")).isEqualTo(1);
	}

	@Test
	void examplesDeployedUnderAFolderAreFoundByTheDecisionKey() {
		// given
		Map<String, String> files = new LinkedHashMap<>();
		files.put("volume-rebate-2.dmn", NEW_DECISION.formatted("volume-rebate-2"));
		files.put("rules/volume-rebate-2.examples.csv", """
				example,orderTotal,rebatePercent
				a large order now gets 3,150000,3
				""");

		// when
		HttpResponse<String> response = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "examples disagree"), files);

		// then
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(Http.json(response, 422).path("message").asText())
			.contains("- a large order now gets 3 (line 2): rebatePercent expected 3, was 2");
	}

	private long versions(String key) {
		return this.repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key).count();
	}

	private int liveFormulaLimitOfGradeA() {
		HttpResponse<String> response = this.analyst.postJson(
				"/engine-rest/decision-definition/key/credit-limit/evaluate",
				"""
						{"variables": {"trailing12mNetSales": {"value": 1200000}, "avgDaysLate": {"value": 3},
						 "maxOverdueDays": {"value": 0}, "yearsAsCustomer": {"value": 5}, "growthPotential": {"value": "HIGH"}}}
						""");
		return Http.json(response, 200).get(0).path("formulaLimit").path("value").asInt();
	}

	private static String threeMonthsOfCoverForGradeA() throws IOException {
		String original = Files.readString(Path.of("rules/credit-limit.dmn"));
		String changed = original.replace(GRADE_A_COVER,
				"<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>3.0</text>");
		assertThat(changed).isNotEqualTo(original);
		return changed;
	}

}
