package com.osb.salesops.shared.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person changes an order's process only through the forms of their tasks: no field the
 * form does not declare, no field it only shows, no value its validation refuses, and no
 * variable of the process itself, through any endpoint of the REST API.
 */
class TaskFormForgeryPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	HistoryService historyService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	OrderDesk desk;

	String number;

	String customerCode;

	@BeforeEach
	void prepaidOrderAtTheSignedContract() throws Exception {
		OrderDesk.hireCrew(this.identityService);
		this.desk = new OrderDesk(this.port);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long customer = customers.customer("T01");
		customers.profile(customer, "C", "9000.00", "PREPAY");
		this.customerCode = customers.code(customer);
		this.number = this.desk.submit(this.customerCode, customers.product(), 2);
		this.desk.complete("asha", this.number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		this.desk.complete("mark", this.number, "Task_ApproveOrder",
				"{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
		this.desk.upload("tina", this.number, "Task_RecordSignedContract");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					undeclared payment terms      | {"signedCopy": {"value": "FAX"}, "paymentTerms": {"value": "NET60"}}                  | paymentTerms
					undeclared credit result      | {"signedCopy": {"value": "FAX"}, "creditResult": {"value": "PASS"}}                   | creditResult
					undeclared approval level     | {"signedCopy": {"value": "FAX"}, "approvalLevel": {"value": "NONE"}}                  | approvalLevel
					undeclared paid flag          | {"signedCopy": {"value": "FAX"}, "fullyPaid": {"value": true}}                        | fullyPaid
					shown amount changed          | {"signedCopy": {"value": "FAX"}, "orderTotal": {"value": 1}}                          | orderTotal
					a choice not on the form      | {"signedCopy": {"value": "BY_PIGEON"}}                                                | signedCopy
					wrong type                    | {"signedCopy": {"value": 42}}                                                         | signedCopy
					required field missing        | {}                                                                                    | signedCopy
					JSON that is none             | {"signedCopy": {"value": "{not json", "type": "Json"}}                            | signedCopy
					XML of no format              | {"signedCopy": {"value": "<a/>", "type": "Xml"}}                                 | signedCopy
					object naming a Java class    | {"signedCopy": {"value": "{}", "type": "Object", "valueInfo": {"objectTypeName": "java.lang.ProcessBuilder", "serializationDataFormat": "application/json"}}} | signedCopy
					""")
	void aCompletionTheFormDoesNotAllowIsRefusedAndChangesNothing(String what, String variables, String field) {
		// when
		String taskId = taskId("tina", "Task_RecordSignedContract");
		HttpResponse<String> completed = rep().postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\": " + variables + "}");
		HttpResponse<String> submitted = rep().postJson("/engine-rest/task/" + taskId + "/submit-form",
				"{\"variables\": " + variables + "}");

		// then
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(400);
		assertThat(completed.body()).contains(field);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(400);
		assertThat(this.taskService.createTaskQuery().taskId(taskId).count()).isOne();
		assertThat(this.runtimeService.getVariable(processInstanceId(), "paymentTerms")).isEqualTo("PREPAY");
		assertThat(this.runtimeService.getVariable(processInstanceId(), "signedCopy")).isNull();
	}

	@Test
	void theFieldsTheFormDeclaresCompleteTheTask() {
		// when
		String taskId = taskId("tina", "Task_RecordSignedContract");
		HttpResponse<String> completed = rep().postJson("/engine-rest/task/" + taskId + "/complete",
				"{\"variables\": {\"signedCopy\": {\"value\": \"FAX\"}, \"orderNumber\": {\"value\": \"" + this.number
						+ "\"}}}");

		// then
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
		assertThat(this.runtimeService.getVariable(processInstanceId(), "signedCopy")).isEqualTo("FAX");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			what the form takes     | {"signedCopy": {"value": "FAX"}}
			a field the form lacks  | {"signedCopy": {"value": "FAX"}, "paymentTerms": {"value": "NET60"}}
			nothing                 | {}
			""")
	void someoneElsesTaskIsRefusedAsSuchWhateverTheSubmission(String what, String variables) {
		// given: the rep's task, and the warehouse, who may not work on it
		String taskId = taskId("tina", "Task_RecordSignedContract");

		// when
		HttpResponse<String> completed = this.desk.as("kurt")
			.postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": " + variables + "}");

		// then: refused for the right, never answered with what the form says
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(403);
		assertThat(completed.body()).doesNotContain("paymentTerms").doesNotContain("signedCopy");
		assertThat(this.taskService.createTaskQuery().taskId(taskId).count()).isOne();
		assertThat(this.runtimeService.getVariable(processInstanceId(), "signedCopy")).isNull();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			what the form takes     | {"customerCode": {"value": "T01"}}
			a field the form lacks  | {"customerCode": {"value": "T01"}, "creditLimit": {"value": 1}}
			a value it refuses      | {"customerCode": {"value": "%s"}}
			""")
	void aProcessTheCallerMayNotStartIsRefusedAsSuchWhateverTheSubmission(String what, String variables) {
		// when the warehouse, who may not ask for a credit refresh, submits its start
		// form
		HttpResponse<String> started = this.desk.as("kurt")
			.postJson("/engine-rest/process-definition/key/credit-refresh/submit-form",
					"{\"variables\": " + variables.formatted("C".repeat(21)) + "}");

		// then: refused for the right, never answered with what the form says
		assertThat(started.statusCode()).as(started.body()).isEqualTo(403);
		assertThat(started.body()).doesNotContain("creditLimit").doesNotContain("customerCode");
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey("credit-refresh").count())
			.isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			no variables at all   | /submit-form | {}
			no field of the form  | /submit-form | {"variables": {}}
			started without form  | /start       | {"variables": {}}
			""")
	void aStartWithoutItsFormsRequiredFieldsNamesEachOfThem(String what, String endpoint, String body) {
		// when a manager asks for a credit adjustment and gives none of its fields
		HttpResponse<String> started = this.desk.as("mark")
			.inLanguage("zh-CN")
			.postJson("/engine-rest/process-definition/key/credit-adjustment" + endpoint, body);

		// then each required field is named, and nothing was started
		assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
		assertThat(Http.json(started, 400).get("message").asText())
			.contains("customerCode", "manualAdjustment", "reason")
			.contains("信用额度调整")
			.doesNotContain("null")
			.doesNotContain("credit-adjustment");
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("credit-adjustment")
			.count()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					at another rep's next step  | {"startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_TakeNextStep"}], "variables": {"repUserId": {"value": "mark"}, "customerName": {"value": "Forged"}, "nextStepDue": {"value": "2026-12-07T10:00:00.000+0800", "type": "Date"}}}
					past its checks             | {"startInstructions": [{"type": "startAfterActivity", "activityId": "Task_RecordContact"}], "skipCustomListeners": true}
					at its end                  | {"startInstructions": [{"type": "startBeforeActivity", "activityId": "EndEvent_ContactRecorded"}]}
					""")
	void aProcessIsStartedAtItsStartNeverAtAStepTheCallerChooses(String what, String request) {
		// when a rep, who may record a customer contact, starts its process elsewhere
		HttpResponse<String> started = rep().postJson("/engine-rest/process-definition/key/customer-contact/start",
				request);

		// then refused, and nothing was started, nor any task made
		assertThat(started.statusCode()).as(started.body()).isEqualTo(403);
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("customer-contact")
			.count()).isZero();
		assertThat(this.taskService.createTaskQuery().processDefinitionKey("customer-contact").count()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "start", "submit-form" })
	void aProcessIsNotStartedUnderABusinessKeyTheCallerChooses(String endpoint) {
		// when a rep records a contact, as the form allows, under the number of an order
		HttpResponse<String> started = rep()
			.postJson("/engine-rest/process-definition/key/customer-contact/" + endpoint, """
					{"businessKey": "%s", "variables": {"customerCode": {"value": "%s"},
					 "contactDate": {"value": "%s"}, "contactType": {"value": "VISIT"},
					 "contactsMet": {"value": "Li Wei"}}}""".formatted(this.number, this.customerCode,
					TestClock.today()));

		// then refused: the order's number names the order's processes alone
		assertThat(started.statusCode()).as(started.body()).isEqualTo(403);
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(this.number)
			.processDefinitionKey("customer-contact")
			.count()).isZero();
	}

	@Test
	void anEndedProcessIsRestartedByAnAdministratorOnly() {
		// given a credit refresh that ended, and finance, who may start one and read
		// its history
		Http admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD);
		String ended = Http.json(admin.postJson("/engine-rest/process-definition/key/credit-refresh/start", """
				{"startInstructions": [{"type": "startBeforeActivity", "activityId": "EndEvent_RatingsRefreshed"}]}"""),
				200)
			.path("id")
			.asText();
		String definition = this.historyService.createHistoricProcessInstanceQuery()
			.processInstanceId(ended)
			.singleResult()
			.getProcessDefinitionId();

		// when finance restarts it at the review of a credit change
		HttpResponse<String> restarted = this.desk.as("fiona")
			.postJson("/engine-rest/process-definition/" + definition + "/restart", """
					{"processInstanceIds": ["%s"],
					 "instructions": [{"type": "startBeforeActivity", "activityId": "Task_ReviewCreditChange"}]}"""
				.formatted(ended));

		// then refused, and no other refresh was started
		assertThat(restarted.statusCode()).as(restarted.body()).isEqualTo(403);
		assertThat(
				this.historyService.createHistoricProcessInstanceQuery().processDefinitionKey("credit-refresh").count())
			.isOne();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					the order's own              | order-to-remittance | start       | {"businessKey": "%s", "variables": {"orderNumber": {"value": "%<s"}}}
					through its start form       | order-to-remittance | submit-form | {"businessKey": "%s", "variables": {"orderNumber": {"value": "%<s"}}}
					at a step                    | order-to-remittance | start       | {"businessKey": "%s", "startInstructions": [{"type": "startBeforeActivity", "activityId": "Task_LoadOrder"}], "variables": {"orderNumber": {"value": "%<s"}}}
					without an order             | order-to-remittance | start       | {}
					a return without a return    | order-return        | start       | {}
					a collections case           | collections         | start       | {"businessKey": "%s", "variables": {"invoiceNumber": {"value": "%<s"}}}
					an approval on its own       | order-approval      | start       | {"variables": {"orderNumber": {"value": "%s"}}}
					""")
	void aProcessTheApplicationStartsIsNotStartedByACallerNotEvenAnAdministrator(String what, String process,
			String endpoint, String request) {
		// given
		long running = this.runtimeService.createProcessInstanceQuery().processDefinitionKey(process).count();
		long ever = this.historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process).count();

		// when an administrator starts, over the engine's API, a process the application
		// starts itself when its event happens
		HttpResponse<String> started = new Http(this.port).as(ADMIN, ADMIN_PASSWORD)
			.inLanguage("zh-CN")
			.postJson("/engine-rest/process-definition/key/" + process + "/" + endpoint,
					request.formatted(this.number));

		// then refused as a request the engine does not take, with the reason, and the
		// order still has its one process
		assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
		assertThat(started.body()).contains(process).doesNotContain("Exception");
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey(process).count())
			.isEqualTo(running);
		assertThat(this.historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process).count())
			.isEqualTo(ever);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			zh-CN | “日期”（contactDate）为必填项
			en    | Date held (contactDate) is required
			""")
	void aStartItsOwnChecksRefuseIsAnsweredAsTheCallersMistake(String language, String problem) {
		// when a rep starts a customer contact without what it needs, over the start
		// endpoint rather than the start form's
		HttpResponse<String> started = rep().inLanguage(language)
			.postJson("/engine-rest/process-definition/key/customer-contact/start", "{\"variables\": {}}");

		// then 400 with what is missing, as the start form's endpoint answers
		assertThat(started.statusCode()).as(started.body()).isEqualTo(400);
		assertThat(started.body()).contains(problem);
		assertThat(this.historyService.createHistoricProcessInstanceQuery()
			.processDefinitionKey("customer-contact")
			.count()).isZero();
	}

	@Test
	void eachApproverGivesTheirOwnDecisionNotTheOneBeforeThem() throws Exception {
		// given an order above what a sales manager approves alone, approved by the
		// manager
		TestUsers.ensure(this.identityService, "dora", Roles.SALES_DIRECTOR);
		String large = this.desk.submit(new CustomerFixture(this.jdbc).creditworthyCustomer(),
				new CustomerFixture(this.jdbc).product(), 201);
		this.desk.complete("asha", large, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		this.desk.complete("mark", large, "Task_ApproveOrder",
				"{\"approvalDecision\": {\"value\": \"APPROVE\"}, \"approvalReason\": {\"value\": \"fine by me\"}}");
		String directors = await().atMost(Duration.ofSeconds(30))
			.until(() -> this.desk.taskId("dora", large, "Task_ApproveOrder"), (id) -> id != null);

		// when the director opens the form, and completes it without deciding
		JsonNode shown = Http.json(this.desk.as("dora").get("/engine-rest/task/" + directors + "/form-variables"), 200);
		HttpResponse<String> undecided = this.desk.as("dora")
			.postJson("/engine-rest/task/" + directors + "/submit-form", "{\"variables\": {}}");

		// then the manager's decision is not offered as hers, nor taken for it
		assertThat(shown.has("approvalDecision")).as(shown.toString()).isFalse();
		assertThat(shown.has("approvalReason")).as(shown.toString()).isFalse();
		assertThat(undecided.statusCode()).as(undecided.body()).isEqualTo(400);
		assertThat(undecided.body()).contains("approvalDecision");
		assertThat(this.taskService.createTaskQuery().taskId(directors).count()).isOne();
		this.desk.complete("dora", large, "Task_ApproveOrder", "{\"approvalDecision\": {\"value\": \"APPROVE\"}}");
	}

	@Test
	void noVariableOfTheProcessIsSetThroughAnyOtherEndpoint() {
		// given
		String taskId = taskId("tina", "Task_RecordSignedContract");
		String instance = processInstanceId();

		// when
		HttpResponse<String> taskVariable = rep().putJson("/engine-rest/task/" + taskId + "/variables/paymentTerms",
				"{\"value\": \"NET60\", \"type\": \"String\"}");
		HttpResponse<String> taskVariables = rep().postJson("/engine-rest/task/" + taskId + "/variables",
				"{\"modifications\": {\"paymentTerms\": {\"value\": \"NET60\"}}}");
		HttpResponse<String> localVariable = rep()
			.putJson("/engine-rest/task/" + taskId + "/localVariables/paymentTerms", "{\"value\": \"NET60\"}");
		HttpResponse<String> instanceVariable = rep()
			.putJson("/engine-rest/process-instance/" + instance + "/variables/paymentTerms", "{\"value\": \"NET60\"}");
		HttpResponse<String> instanceVariables = rep().postJson(
				"/engine-rest/process-instance/" + instance + "/variables",
				"{\"modifications\": {\"paymentTerms\": {\"value\": \"NET60\"}}}");
		HttpResponse<String> executionVariable = rep()
			.putJson("/engine-rest/execution/" + instance + "/localVariables/paymentTerms", "{\"value\": \"NET60\"}");
		HttpResponse<String> message = rep().postJson("/engine-rest/message", """
				{"messageName": "Msg_PaymentReceived", "businessKey": "%s",
				 "processVariables": {"fullyPaid": {"value": true}}}""".formatted(this.number));

		// then
		for (HttpResponse<String> response : new HttpResponse[] { taskVariable, taskVariables, localVariable,
				instanceVariable, instanceVariables, executionVariable, message }) {
			assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isIn(400, 403, 404);
		}
		for (HttpResponse<String> response : List.of(instanceVariable, instanceVariables, executionVariable)) {
			assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(403);
		}
		assertThat(this.runtimeService.getVariable(instance, "paymentTerms")).isEqualTo("PREPAY");
		assertThat(this.runtimeService.getVariable(instance, "fullyPaid")).isNotEqualTo(true);
	}

	@Test
	void aTaskEndsThroughItsFormNeverThroughAnErrorOrEscalationItsHolderThrows() {
		// given
		String taskId = taskId("tina", "Task_RecordSignedContract");
		String instance = processInstanceId();

		// when
		HttpResponse<String> error = rep().postJson("/engine-rest/task/" + taskId + "/bpmnError", """
				{"errorCode": "Err_OrderRejected", "errorMessage": "no",
				 "variables": {"paymentTerms": {"value": "NET60"}}}""");
		HttpResponse<String> bareError = rep().postJson("/engine-rest/task/" + taskId + "/bpmnError",
				"{\"errorCode\": \"Err_OrderCancelled\"}");
		HttpResponse<String> escalation = rep().postJson("/engine-rest/task/" + taskId + "/bpmnEscalation", """
				{"escalationCode": "anything", "variables": {"fullyPaid": {"value": true}}}""");
		HttpResponse<String> signal = rep().postJson("/engine-rest/signal", """
				{"name": "Signal_Anything", "variables": {"fullyPaid": {"value": true}}}""");
		HttpResponse<String> condition = rep().postJson("/engine-rest/condition", """
				{"variables": {"fullyPaid": {"value": true}}}""");
		HttpResponse<String> chinese = rep().inLanguage("zh-CN")
			.postJson("/engine-rest/task/" + taskId + "/bpmnError", "{\"errorCode\": \"Err_OrderRejected\"}");

		// then
		for (HttpResponse<String> response : List.of(error, bareError, escalation, signal, condition)) {
			assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isIn(400, 403);
		}
		assertThat(error.statusCode()).isEqualTo(403);
		assertThat(bareError.statusCode()).isEqualTo(403);
		assertThat(escalation.statusCode()).isEqualTo(403);
		assertThat(chinese.body()).containsPattern("\\p{IsHan}").doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
		assertThat(this.taskService.createTaskQuery().taskId(taskId).count()).isOne();
		assertThat(this.runtimeService.getVariable(instance, "paymentTerms")).isEqualTo("PREPAY");
		assertThat(this.runtimeService.getVariable(instance, "fullyPaid")).isNotEqualTo(true);
		assertThat(
				this.jdbc.queryForObject("select status from sales_order where number = ?", String.class, this.number))
			.isNotIn("REJECTED", "CANCELLED");
	}

	private Http rep() {
		return this.desk.as("tina");
	}

	private String processInstanceId() {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey("order-to-remittance")
			.processInstanceBusinessKey(this.number)
			.singleResult()
			.getId();
	}

	private String taskId(String user, String taskKey) {
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> this.desk.taskId(user, this.number, taskKey), (id) -> id != null);
	}

}
