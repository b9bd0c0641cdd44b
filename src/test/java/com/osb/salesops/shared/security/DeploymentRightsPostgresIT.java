package com.osb.salesops.shared.security;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysts deploy decision tables and forms; only an administrator deploys what can run
 * code; and a process starts with the fields of its start form alone.
 */
class DeploymentRightsPostgresIT extends PostgresIntegrationTest {

	private static final String PROCESS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
			    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
			  <process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
			    <startEvent id="StartEvent_1"/>
			  </process>
			</definitions>
			""";

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	Http analyst;

	@BeforeEach
	void analyst() {
		TestUsers.ensure(this.identityService, "sally", Roles.SALES_OPS);
		this.analyst = new Http(this.port).as("sally");
	}

	@Test
	void anAnalystDeploysADecisionTableAndAForm() throws IOException {
		// when
		HttpResponse<String> table = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "analyst-table"),
				Map.of("order-approval-level.dmn", Files.readString(Path.of("rules/order-approval-level.dmn"))));
		HttpResponse<String> form = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "analyst-form"), Map.of("start-credit-refresh.form",
						Files.readString(Path.of("forms/credit-refresh/start-credit-refresh.form"))));

		// then
		assertThat(table.statusCode()).as(table.body()).isEqualTo(200);
		assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
	}

	@Test
	void anAnalystDeploysNothingThatRunsCode() throws IOException {
		// given
		String scripted = Files.readString(Path.of("rules/order-approval-level.dmn"))
			.replace("<decision id=", "<decision expressionLanguage=\"javascript\" id=");

		// when
		HttpResponse<String> process = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "analyst-process"), Map.of("sneaky.bpmn", PROCESS.formatted("sneaky")));
		HttpResponse<String> script = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "analyst-script"), Map.of("order-approval-level.dmn", scripted));
		HttpResponse<String> mixed = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "analyst-mixed"),
				Map.of("a.form", "{\"components\":[]}", "sneaky-too.bpmn", PROCESS.formatted("sneakyToo")));

		// then
		assertThat(process.statusCode()).as(process.body()).isEqualTo(403);
		assertThat(process.body()).contains("sneaky.bpmn");
		assertThat(script.statusCode()).as(script.body()).isEqualTo(403);
		assertThat(script.body()).contains("javascript");
		assertThat(mixed.statusCode()).isEqualTo(403);
		assertThat(this.repositoryService.createDeploymentQuery().deploymentName("analyst-process").count()).isZero();
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("sneaky").count())
			.isZero();
		assertThat(this.repositoryService.createProcessDefinitionQuery().processDefinitionKey("sneakyToo").count())
			.isZero();
	}

	@Test
	void anAnalystDeploysNoOtherExpressionLanguageHoweverTheFileIsWritten() throws IOException {
		// given the approval table with a rule's answer in JUEL, which calls methods: in
		// single quotes, as the model's default, and in a file written in UTF-16
		String table = Files.readString(Path.of("rules/order-approval-level.dmn"));
		String answer = "<outputEntry id=\"OutputEntry_GmTotal\"><text>\"GENERAL_MANAGER\"</text>";
		assertThat(table).contains(answer);
		String singleQuoted = table.replace(answer,
				"<outputEntry id=\"OutputEntry_GmTotal\" expressionLanguage='juel'><text>${\"GENERAL_\".concat(\"MANAGER\")}</text>");
		String modelDefault = table.replace("<definitions ", "<definitions expressionLanguage = 'juel' ");
		byte[] utf16 = table.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
			.replace(answer,
					"<outputEntry id=\"OutputEntry_GmTotal\" expressionLanguage=\"juel\"><text>${\"GENERAL_\".concat(\"MANAGER\")}</text>")
			.getBytes(StandardCharsets.UTF_16);
		long versions = this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey("order-approval-level")
			.count();

		// when
		HttpResponse<String> quoted = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "analyst-quoted"), Map.of("order-approval-level.dmn", singleQuoted));
		HttpResponse<String> byDefault = this.analyst.postMultipart("/engine-rest/deployment/create",
				Map.of("deployment-name", "analyst-default"), Map.of("order-approval-level.dmn", modelDefault));
		HttpResponse<String> wide = this.analyst.postFile("/engine-rest/deployment/create", "order-approval-level.dmn",
				"order-approval-level.dmn", "application/octet-stream", utf16);

		// then
		for (HttpResponse<String> refused : List.of(quoted, byDefault, wide)) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
			assertThat(refused.body()).contains("order-approval-level.dmn").contains("juel");
		}
		assertThat(this.repositoryService.createDecisionDefinitionQuery()
			.decisionDefinitionKey("order-approval-level")
			.count()).isEqualTo(versions);
	}

	@Test
	void anAdministratorDeploysAProcess() {
		// when
		HttpResponse<String> process = new Http(this.port).as(ADMIN, ADMIN_PASSWORD)
			.postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "admin-process"),
					Map.of("admin-process.bpmn", PROCESS.formatted("adminProcess")));

		// then
		assertThat(process.statusCode()).as(process.body()).isEqualTo(200);
	}

	@Test
	void aProcessStartsWithTheFieldsOfItsStartFormAlone() {
		// when
		long before = this.runtimeService.createProcessInstanceQuery().processDefinitionKey("credit-refresh").count();
		HttpResponse<String> forged = this.analyst.postJson("/engine-rest/process-definition/key/credit-refresh/start",
				"{\"variables\": {\"customerCode\": {\"value\": \"C001\"}, \"creditLimit\": {\"value\": 9999999}}}");
		HttpResponse<String> tooLong = this.analyst.postJson(
				"/engine-rest/process-definition/key/credit-refresh/submit-form",
				"{\"variables\": {\"customerCode\": {\"value\": \"%s\"}}}".formatted("C".repeat(21)));

		// then
		assertThat(forged.statusCode()).as(forged.body()).isIn(400, 403);
		assertThat(forged.body()).contains("creditLimit");
		assertThat(tooLong.statusCode()).as(tooLong.body()).isIn(400, 403);
		assertThat(tooLong.body()).contains("customerCode");
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey("credit-refresh").count())
			.isEqualTo(before);
	}

}
