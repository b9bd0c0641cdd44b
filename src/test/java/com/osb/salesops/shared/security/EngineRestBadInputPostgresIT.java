package com.osb.salesops.shared.security;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request to the engine's REST API without the body it needs, without a field it needs,
 * asking for a page that starts before the first row, or naming a task that does not
 * exist is the caller's mistake: it is answered 400 or 404 with a message in the caller's
 * language that names no code, never a 500; a change someone else made at the same moment
 * is a conflict (409) to send again; and an answer given later (an external task worker's
 * long poll) arrives whole.
 */
class EngineRestBadInputPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** What a message quotes: a name or a value the caller gave. */
	private static final Pattern QUOTED = Pattern.compile("“[^”]*”|'[^']*'");

	/** Three English words in a row: a sentence left in English. */
	private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}");

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void users() {
		TestUsers.ensure(this.identityService, "brep", Roles.SALES_REP);
	}

	/**
	 * A request and the status it is answered with; {@code worded} when its answer is
	 * worded here (the engine's own reasons keep the engine's words).
	 */
	private record Bad(String method, String path, String body, int status, boolean worded) {
	}

	private List<Bad> badRequests() {
		String definition = this.repositoryService.createProcessDefinitionQuery()
			.processDefinitionKey("order-to-remittance")
			.latestVersion()
			.singleResult()
			.getId();
		String noTask = "00000000-0000-0000-0000-000000000000";
		List<Bad> bad = new ArrayList<>();
		for (String path : List.of("/engine-rest/message", "/engine-rest/signal", "/engine-rest/migration/execute",
				"/engine-rest/migration/generate", "/engine-rest/modification/execute", "/engine-rest/task",
				"/engine-rest/process-instance", "/engine-rest/history/process-instance", "/engine-rest/user/create",
				"/engine-rest/filter/create", "/engine-rest/identity/verify",
				"/engine-rest/decision-definition/key/order-approval-level/evaluate")) {
			bad.add(new Bad("POST", path, "null", 400, true));
		}
		for (String path : List.of("/engine-rest/process-definition/" + definition + "/suspended",
				"/engine-rest/job/suspended")) {
			bad.add(new Bad("PUT", path, "null", 400, true));
		}
		bad.add(new Bad("POST", "/engine-rest/migration/execute", "", 400, true));
		bad.add(new Bad("POST", "/engine-rest/migration/generate", "", 400, true));
		bad.add(new Bad("POST", "/engine-rest/modification/execute", "", 400, true));
		bad.add(new Bad("POST", "/engine-rest/message", "", 400, false));
		bad.add(new Bad("POST", "/engine-rest/authorization/create", "{}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/group/create", "{}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/process-instance/job-retries-historic-query-based", "{}", 400, true));
		bad.add(new Bad("GET", "/engine-rest/task?firstResult=-5&maxResults=10", "", 400, true));
		bad.add(new Bad("GET", "/engine-rest/history/process-instance?firstResult=-1&maxResults=10", "", 400, true));
		bad.add(new Bad("POST", "/engine-rest/process-instance?firstResult=-2&maxResults=10", "{}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/process-instance?maxResults=10",
				"{\"variables\":[{\"name\":\"a\",\"operator\":\"eq\",\"value\":{\"x\":1}}]}", 400, false));
		bad.add(new Bad("POST", "/engine-rest/history/process-instance?maxResults=10",
				"{\"variables\":[{\"name\":\"a\",\"operator\":\"eq\",\"value\":{\"x\":1}}]}", 400, false));
		bad.add(new Bad("POST", "/engine-rest/task/" + noTask + "/complete", "{}", 404, true));
		bad.add(new Bad("POST", "/engine-rest/task/" + noTask + "/submit-form", "{}", 404, true));
		bad.add(new Bad("POST", "/engine-rest/task/" + noTask + "/claim", "{\"userId\":\"admin\"}", 404, true));
		bad.add(new Bad("POST", "/engine-rest/condition", "{}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/task/" + noTask + "/comment/create", "{\"message\": \"x\"}", 400, true));
		bad.add(new Bad("GET", "/engine-rest/task/" + noTask + "/comment", "", 404, true));
		bad.add(new Bad("GET", "/engine-rest/no-such-address", "", 404, true));
		bad.add(new Bad("POST", "/engine-rest/filter/create",
				"{\"resourceType\": \"Task\", \"name\": \"a\\u0000b\", \"query\": {}}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/task/" + noTask + "/attachment/create", "{}", 415, true));
		String tooLong = "y".repeat(300);
		bad.add(new Bad("POST", "/engine-rest/user/create", """
				{"profile": {"id": "longname", "firstName": "%s"}, "credentials": {"password": "Sales-0ps-Secret!"}}"""
			.formatted(tooLong), 400, true));
		bad.add(new Bad("POST", "/engine-rest/user/create",
				"""
						{"profile": {"id": "not an id!", "firstName": "N"}, "credentials": {"password": "Sales-0ps-Secret!"}}""",
				400, true));
		bad.add(new Bad("POST", "/engine-rest/group/create", "{\"id\": \"not a group!\", \"name\": \"g\"}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/group/create", "{\"id\": \"g" + tooLong + "\", \"name\": \"g\"}", 400,
				true));
		bad.add(new Bad("POST", "/engine-rest/filter/create",
				"{\"resourceType\": \"Task\", \"name\": \"" + tooLong + "\", \"query\": {}}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/task/create", "{\"name\": \"" + tooLong + "\"}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/process-definition/key/weekly-sales-report/start",
				"{\"businessKey\": \"" + tooLong + "\"}", 400, true));
		// a decision asked about a value its table cannot take, a task of a running
		// process deleted, a job or another thing that does not exist
		bad.add(new Bad("POST", "/engine-rest/decision-definition/key/order-approval-level/evaluate", """
				{"variables": {"orderTotal": {"value": "abc"}, "maxDiscountPercent": {"value": 1},
				 "grade": {"value": "A"}}}""", 400, true));
		String running = runningProcess();
		bad.add(new Bad("DELETE", "/engine-rest/task/" + taskOf(running), "", 400, true));
		bad.add(new Bad("POST", "/engine-rest/process-instance/" + running + "/modification",
				"{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_NoSuchTask\"}]}", 400,
				true));
		bad.add(new Bad("POST", "/engine-rest/migration/generate",
				"{\"sourceProcessDefinitionId\": \"a\", \"targetProcessDefinitionId\": \"b\"}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/task?maxResults=5", "{nope", 400, true));
		bad.add(new Bad("POST", "/engine-rest/task?maxResults=5", "{\"assignee\": {\"a\": 1}}", 400, true));
		bad.add(new Bad("PUT", "/engine-rest/task/" + taskOf(running), "{\"priority\": \"high\"}", 400, true));
		bad.add(new Bad("PUT", "/engine-rest/job/" + noTask + "/retries", "{\"retries\": 1}", 404, true));
		bad.add(new Bad("POST", "/engine-rest/job/" + noTask + "/execute", "", 404, true));
		bad.add(new Bad("GET", "/engine-rest/task/" + noTask, "", 404, true));
		bad.add(new Bad("GET", "/engine-rest/task?maxResults=abc", "", 400, true));
		bad.add(new Bad("GET", "/engine-rest/task?firstResult=99999999999&maxResults=5", "", 400, true));
		bad.add(new Bad("GET", "/engine-rest/history/task?maxResults=1.5", "", 400, true));
		bad.add(new Bad("GET", "/engine-rest/task?orQueries=x&maxResults=5", "", 400, true));
		for (String variable : List.of("{\"value\": \"yes\", \"type\": \"Boolean\"}",
				"{\"value\": \"x\", \"type\": \"File\"}", "null")) {
			bad.add(new Bad("POST", "/engine-rest/task/" + noTask + "/complete",
					"{\"variables\": {\"signedCopy\": " + variable + "}}", 400, true));
		}
		for (String thing : List.of("user/nouser/profile", "group/nogroup", "filter/nofilter", "authorization/noauth",
				"execution/nope", "history/process-instance/nope", "batch/nope", "process-definition/nope",
				"variable-instance/nope")) {
			bad.add(new Bad("GET", "/engine-rest/" + thing, "", 404, true));
		}
		bad.add(new Bad("POST", "/engine-rest/process-instance/variables-async",
				"{\"processInstanceIds\": [\"nope\"], \"variables\": {\"a\": {\"value\": 1}}}", 400, true));
		bad.add(new Bad("GET", "/engine-rest/process-instance/" + noTask, "", 404, true));
		bad.add(new Bad("GET", "/engine-rest/process-definition/key/no-such-process", "", 404, true));
		bad.add(new Bad("GET", "/engine-rest/decision-definition/key/no-such-decision", "", 404, true));
		bad.add(new Bad("DELETE", "/engine-rest/deployment/" + noTask, "", 404, true));
		bad.add(new Bad("GET", "/engine-rest/incident/" + noTask, "", 404, true));
		bad.add(new Bad("POST", "/engine-rest/message", "{\"messageName\": \"Msg_NoSuchMessage\"}", 400, true));
		// what an operator's batch or a worker asks for, out of its bounds or naming
		// nothing
		bad.add(new Bad("POST", "/engine-rest/job/retries", "{\"retries\": 3}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/job/retries", "{\"retries\": -1, \"jobIds\": [\"x\"]}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/process-instance/job-retries", "{\"retries\": 3}", 400, true));
		bad.add(new Bad("PUT", "/engine-rest/job-definition/" + noTask + "/retries", "{\"retries\": -1}", 400, true));
		bad.add(new Bad("PUT", "/engine-rest/job/" + noTask + "/retries", "{\"retries\": -1}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/external-task/fetchAndLock", "{\"workerId\": \"w\", \"maxTasks\": -1}",
				400, true));
		bad.add(new Bad("POST", "/engine-rest/external-task/fetchAndLock", """
				{"workerId": "w", "maxTasks": 1, "topics": [{"topicName": "t", "lockDuration": -5}]}""", 400, true));
		bad.add(new Bad("POST", "/engine-rest/process-instance/suspended-async", "{\"suspended\": true}", 400, true));
		bad.add(new Bad("PUT", "/engine-rest/process-instance/suspended",
				"{\"suspended\": true, \"processInstanceIds\": []}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/process-instance/message-async", "{\"messageName\": \"x\"}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/history/process-instance/set-removal-time",
				"{\"calculatedRemovalTime\": true}", 400, true));
		bad.add(new Bad("POST", "/engine-rest/modification/execute", "{\"processDefinitionId\": \"x\"}", 400, true));
		return bad;
	}

	/** A rep's compliance process, waiting at its task. */
	private String runningProcess() {
		return this.runtimeService
			.startProcessInstanceByKey("rep-compliance", "compliance-BADINPUT", Map.of("repId", "BADINPUT", "repUserId",
					"brep", "findingsCount", "1", "findingsText", "x", "checkedOnText", "2026-11-16"))
			.getId();
	}

	private String taskOf(String processInstance) {
		return this.taskService.createTaskQuery().processInstanceId(processInstance).singleResult().getId();
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void aRequestWithoutWhatItNeedsIsTheCallersMistake(String language) throws Exception {
		Http admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD).inLanguage(language);
		List<String> wrong = new ArrayList<>();

		for (Bad request : badRequests()) {
			HttpResponse<String> answer = request.method().equals("GET") ? admin.get(request.path())
					: admin.send(request.method(), request.path(), BodyPublishers.ofString(request.body()),
							"Content-Type", "application/json");
			String what = request.method() + " " + request.path() + " " + request.body();
			if (answer.statusCode() != request.status()) {
				wrong.add(what + " answered " + answer.statusCode() + " " + answer.body());
				continue;
			}
			JsonNode error = JSON.readTree(answer.body());
			String message = error.path("message").asText();
			if (message.isBlank() || message.contains("Cannot invoke") || message.contains(" is null")
					|| message.contains("Dto")) {
				wrong.add(what + " says " + message);
			}
			if (request.worded() && language.equals("zh-CN")
					&& (!message.codePoints().anyMatch((c) -> c >= 0x4E00 && c <= 0x9FFF)
							|| ENGLISH_WORDS.matcher(QUOTED.matcher(message).replaceAll("")).find())) {
				wrong.add(what + " says in English " + message);
			}
		}

		assertThat(wrong).isEmpty();
	}

	@Test
	void aQueryOfTasksSaysWhatItLacksOrCannotSortBy() throws Exception {
		Http admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD).inLanguage("en");

		HttpResponse<String> noOperator = admin.postJson("/engine-rest/task?maxResults=5",
				"{\"taskVariables\": [{\"name\": \"a\"}]}");
		HttpResponse<String> noSortKey = admin.postJson("/engine-rest/task?maxResults=5",
				"{\"sorting\": [{\"sortBy\": \"foo\", \"sortOrder\": \"asc\"}]}");

		assertThat(noOperator.statusCode()).as(noOperator.body()).isEqualTo(400);
		assertThat(JSON.readTree(noOperator.body()).path("message").asText()).doesNotContain("no body");
		assertThat(noSortKey.statusCode()).as(noSortKey.body()).isEqualTo(400);
		assertThat(JSON.readTree(noSortKey.body()).path("message").asText()).contains("sortBy")
			.doesNotContain("orderBy");
	}

	@Test
	void whatOnlyAnAdministratorDoesIsRefusedInTheCallersLanguage() throws Exception {
		Http rep = new Http(this.port).as("brep").inLanguage("zh-CN");

		List<HttpResponse<String>> refused = List.of(rep.get("/engine-rest/telemetry/data"),
				rep.postJson("/engine-rest/history/cleanup", "{}"));

		for (HttpResponse<String> answer : refused) {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
			String message = JSON.readTree(answer.body()).path("message").asText();
			assertThat(message.codePoints().anyMatch((c) -> c >= 0x4E00 && c <= 0x9FFF)).as(message).isTrue();
			assertThat(ENGLISH_WORDS.matcher(QUOTED.matcher(message).replaceAll("")).find()).as(message).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void soOnTheWebappsEngineApi(String language) throws Exception {
		Http browser = new Http(this.port).inLanguage(language);
		assertThat(browser.logIn("tasklist", "brep", TestUsers.password("brep")).statusCode()).isEqualTo(200);
		browser.get("/camunda/api/engine/engine/"); // the token of the session logged in
		String api = "/camunda/api/engine/engine/default";

		HttpResponse<String> noBody = browser.postJson(api + "/task", "null", browser.csrfToken());
		HttpResponse<String> noTask = browser.postJson(api + "/task/00000000-0000-0000-0000-000000000000/complete",
				"{}", browser.csrfToken());

		assertThat(noBody.statusCode()).as(noBody.body()).isEqualTo(400);
		assertThat(noTask.statusCode()).as(noTask.body()).isEqualTo(404);
		for (HttpResponse<String> answer : List.of(noBody, noTask)) {
			String message = JSON.readTree(answer.body()).path("message").asText();
			assertThat(message).isNotBlank().doesNotContain("Cannot invoke").doesNotContain(" is null");
			if (language.equals("zh-CN")) {
				assertThat(message.codePoints().anyMatch((c) -> c >= 0x4E00 && c <= 0x9FFF)).as(message).isTrue();
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void aChangeSomeoneElseMadeAtTheSameMomentIsAConflictToSendAgain(String language) throws Exception {
		// given a process at the first of two tasks, whose rows the database will not
		// update, as when another transaction changed them first
		String deployment = this.repositoryService.createDeployment()
			.addModelInstance("same-moment.bpmn",
					Bpmn.createExecutableProcess("same-moment")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("first")
						.userTask("second")
						.endEvent()
						.done())
			.deploy()
			.getId();
		String instance = this.runtimeService.startProcessInstanceByKey("same-moment").getId();
		String task = this.taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
		this.jdbc.execute("create or replace function keep_row() returns trigger language plpgsql"
				+ " as $$ begin return null; end $$");
		this.jdbc.execute("create trigger keep_task before update on act_ru_task for each row when (old.id_ = '" + task
				+ "') execute function keep_row()");
		this.jdbc.execute("create trigger keep_execution before update on act_ru_execution for each row"
				+ " when (old.proc_inst_id_ = '" + instance + "') execute function keep_row()");
		Http admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD).inLanguage(language);
		try {
			// when
			HttpResponse<String> claimed = admin.postJson("/engine-rest/task/" + task + "/claim",
					"{\"userId\": \"" + ADMIN + "\"}");
			HttpResponse<String> completed = admin.postJson("/engine-rest/task/" + task + "/complete", "{}");

			// then 409, worded for the caller, and the task still there to do again
			for (HttpResponse<String> answer : List.of(claimed, completed)) {
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
				String message = JSON.readTree(answer.body()).path("message").asText();
				assertThat(message).doesNotContain("Entity").doesNotContain("ENGINE-").doesNotContain("UPDATE");
				if (language.equals("zh-CN")) {
					assertThat(message.codePoints().anyMatch((c) -> c >= 0x4E00 && c <= 0x9FFF)).as(message).isTrue();
				}
			}
		}
		finally {
			this.jdbc.execute("drop trigger keep_task on act_ru_task");
			this.jdbc.execute("drop trigger keep_execution on act_ru_execution");
		}
		assertThat(this.taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
		this.repositoryService.deleteDeployment(deployment, true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh-CN", "en" })
	void aTaskCompletedWithoutTheValueItsProcessDecidesOnIsRefusedNamingIt(String language) throws Exception {
		// given a task whose next step decides on an answer, and an administrator, whom
		// no form's check stops
		String deployment = this.repositoryService.createDeployment()
			.addModelInstance("decides-on.bpmn",
					Bpmn.createExecutableProcess("decides-on")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("answer")
						.exclusiveGateway()
						.condition("yes", "${verdict == 'YES'}")
						.endEvent()
						.moveToLastGateway()
						.condition("no", "${verdict != 'YES'}")
						.endEvent()
						.done())
			.deploy()
			.getId();
		String instance = this.runtimeService.startProcessInstanceByKey("decides-on").getId();
		String task = this.taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
		Http admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD).inLanguage(language);

		// when
		List<HttpResponse<String>> answers = List.of(admin.postJson("/engine-rest/task/" + task + "/complete", "{}"),
				admin.postJson("/engine-rest/task/" + task + "/submit-form", "{}"));

		// then 400 naming the value, in the caller's language, and the task still there
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
			String message = JSON.readTree(answer.body()).path("message").asText();
			assertThat(message).contains("verdict").doesNotContain("expression", "identifier", "${");
			if (language.equals("zh-CN")) {
				assertThat(message.codePoints().anyMatch((c) -> c >= 0x4E00 && c <= 0x9FFF)).as(message).isTrue();
			}
		}
		assertThat(this.taskService.createTaskQuery().taskId(task).count()).isOne();
		this.repositoryService.deleteDeployment(deployment, true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "brep" })
	void aWorkersLongPollRefusedArrivesWhole(String user) throws Exception {
		Http caller = user.equals(ADMIN) ? new Http(this.port).as(ADMIN, ADMIN_PASSWORD) : new Http(this.port).as(user);

		HttpResponse<String> answer = caller.postJson("/engine-rest/external-task/fetchAndLock", "{}");

		assertThat(answer.statusCode()).isEqualTo(400);
		JsonNode error = JSON.readTree(answer.body());
		assertThat(error.path("type").asText()).isEqualTo("InvalidRequest");
		assertThat(error.path("message").asText()).isNotBlank().doesNotContain("Exception");
	}

}
