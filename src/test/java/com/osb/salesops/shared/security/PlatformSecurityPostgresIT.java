package com.osb.salesops.shared.security;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.OrderDesk;

import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The secure defaults, proven on the running application on PostgreSQL.
 */
class PlatformSecurityPostgresIT extends PostgresIntegrationTest {

	private static final String REP = "rita";

	private static final String REP_PASSWORD = "rita-secret-7";

	/** Only used for the wrong-password case, which locks the user for a few seconds. */
	private static final String PROBE = "probe";

	private static final String PROBE_PASSWORD = "probe-secret-9";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	IdentityService identityService;

	@Autowired
	TaskService taskService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilterService filterService;

	Http anonymous;

	Http admin;

	Http rep;

	@BeforeEach
	void users() {
		if (this.identityService.createUserQuery().userId(REP).count() == 0) {
			var user = this.identityService.newUser(REP);
			user.setPassword(REP_PASSWORD);
			this.identityService.saveUser(user);
			this.identityService.createMembership(REP, Roles.SALES_REP);
			var probe = this.identityService.newUser(PROBE);
			probe.setPassword(PROBE_PASSWORD);
			this.identityService.saveUser(probe);
		}
		this.anonymous = new Http(this.port);
		this.admin = this.anonymous.as(ADMIN, ADMIN_PASSWORD);
		this.rep = this.anonymous.as(REP, REP_PASSWORD);
	}

	@Test
	void engineRestApiRequiresCredentialsEvenForTheEngineList() {
		// when
		HttpResponse<String> withCredentials = this.anonymous.as(PROBE, PROBE_PASSWORD).get("/engine-rest/engine");
		HttpResponse<String> withoutCredentials = this.anonymous.get("/engine-rest/engine");
		HttpResponse<String> unknownUser = this.anonymous.as("nobody", "nothing").get("/engine-rest/engine");
		HttpResponse<String> wrongPassword = this.anonymous.as(PROBE, "wrong").get("/engine-rest/engine");

		// then
		assertThat(withoutCredentials.statusCode()).isEqualTo(401);
		assertThat(withoutCredentials.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Basic"));
		assertThat(unknownUser.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(withCredentials.statusCode()).isEqualTo(200);
		assertThat(withCredentials.body()).contains("\"default\"");
	}

	@Test
	void applicationApiRequiresCredentialsAndKnowsTheRoles() {
		// when
		HttpResponse<String> withoutCredentials = this.anonymous.get("/api/me");
		HttpResponse<String> withCredentials = this.rep.get("/api/me");

		// then
		assertThat(withoutCredentials.statusCode()).isEqualTo(401);
		assertThat(withoutCredentials.body()).contains("\"status\":401");
		assertThat(withCredentials.statusCode()).isEqualTo(200);
		assertThat(withCredentials.body()).contains("\"userId\":\"rita\"", "sales-rep");
	}

	@Test
	void aUserTakenAtTheirWordIsCheckedAgainWhenTheirPasswordGroupsOrLoginsChange() {
		// given
		String userId = "cara";
		if (this.identityService.createUserQuery().userId(userId).count() == 0) {
			var user = this.identityService.newUser(userId);
			user.setPassword("cara-secret-1");
			this.identityService.saveUser(user);
			this.identityService.createMembership(userId, Roles.SALES_REP);
		}
		Http cara = this.anonymous.as(userId, "cara-secret-1");
		assertThat(cara.get("/api/me").body()).contains(Roles.SALES_REP);

		// when: a group is added and one is taken away
		this.identityService.createMembership(userId, Roles.FINANCE);
		this.identityService.deleteMembership(userId, Roles.SALES_REP);

		// then
		assertThat(cara.get("/api/me").body()).contains(Roles.FINANCE).doesNotContain(Roles.SALES_REP);

		// when: the password changes
		var user = this.identityService.createUserQuery().userId(userId).singleResult();
		user.setPassword("cara-secret-2");
		this.identityService.saveUser(user);

		// then
		assertThat(this.anonymous.as(userId, "cara-secret-2").get("/api/me").statusCode()).isEqualTo(200);

		// when: the old password is tried, a failed login that the engine answers with a
		// delay before the next attempt
		HttpResponse<String> wrong = cara.get("/api/me");
		HttpResponse<String> rightDuringTheDelay = this.anonymous.as(userId, "cara-secret-2").get("/api/me");

		// then
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(rightDuringTheDelay.statusCode()).isEqualTo(401);
	}

	@Test
	void aUserKeepsTheNameAndAddressTheOrganisationGaveThemAndDoesNotDeleteThemselves() {
		// given a rep whose user the organisation keeps
		TestUsers.ensure(this.identityService, "ritaself", Roles.SALES_REP);
		Http rita = this.anonymous.as("ritaself", TestUsers.password("ritaself"));

		// when she renames herself, moves her mail elsewhere and deletes herself
		HttpResponse<String> renamed = rita.putJson("/engine-rest/user/ritaself/profile",
				"{\"id\": \"ritaself\", \"firstName\": \"总经理\", \"lastName\": \"王\"}");
		HttpResponse<String> mailed = rita.putJson("/engine-rest/user/ritaself/profile",
				"{\"id\": \"ritaself\", \"email\": \"rita@elsewhere.example\"}");
		HttpResponse<String> deleted = rita.delete("/engine-rest/user/ritaself");

		// then each is refused and nothing changed
		for (HttpResponse<String> refused : List.of(renamed, mailed, deleted)) {
			assertThat(refused.statusCode()).as(refused.request().method() + " " + refused.body()).isEqualTo(403);
		}
		User kept = this.identityService.createUserQuery().userId("ritaself").singleResult();
		assertThat(kept).isNotNull();
		assertThat(kept.getFirstName()).isNull();
		assertThat(kept.getEmail()).isNull();

		// and her own password is still hers to change, her profile the administrator's
		assertThat(rita
			.putJson("/engine-rest/user/ritaself/credentials",
					"{\"password\": \"ritaself-secret-2\", \"authenticatedUserPassword\": \"ritaself-secret-1\"}")
			.statusCode()).isEqualTo(204);
		assertThat(this.admin
			.putJson("/engine-rest/user/ritaself/profile",
					"{\"id\": \"ritaself\", \"firstName\": \"Rita\", \"email\": \"rita@salesops.example\"}")
			.statusCode()).isEqualTo(204);
		assertThat(this.identityService.createUserQuery().userId("ritaself").singleResult().getEmail())
			.isEqualTo("rita@salesops.example");
	}

	@Test
	void aTaskGoesOnlyToThePeopleItsProcessOffersItTo() throws Exception {
		// given an order of tina's waiting for a manager's approval, and a second manager
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "mona", Roles.SALES_MANAGER);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk desk = new OrderDesk(this.port);
		String task = desk.awaitingApproval(customers.creditworthyCustomer(), customers.product());
		Http mark = desk.as("mark");
		String path = "/engine-rest/task/" + task;
		ObjectNode shown = updatable(Http.json(mark.get(path), 200));
		String name = shown.get("name").asText();

		// when the manager hands it to the order's own rep in each way the engine's API
		// has,
		// renames it or moves its deadline
		List<HttpResponse<String>> refused = List.of(mark.postJson(path + "/assignee", "{\"userId\": \"tina\"}"),
				mark.postJson(path + "/claim", "{\"userId\": \"tina\"}"),
				mark.postJson(path + "/delegate", "{\"userId\": \"tina\"}"),
				mark.postJson(path + "/identity-links", "{\"userId\": \"tina\", \"type\": \"candidate\"}"),
				mark.postJson(path + "/identity-links", "{\"userId\": \"tina\", \"type\": \"owner\"}"),
				mark.postJson(path + "/identity-links/delete",
						"{\"groupId\": \"" + Roles.SALES_MANAGER + "\", \"type\": \"candidate\"}"),
				mark.putJson(path, shown.deepCopy().put("assignee", "tina").toString()),
				mark.putJson(path, shown.deepCopy().put("name", "Approve order: approve at once").toString()),
				mark.putJson(path, shown.deepCopy().put("due", "2030-01-01T00:00:00.000+0000").toString()));

		// then each is refused, the task is as it was and tina cannot answer it
		for (HttpResponse<String> answer : refused) {
			assertThat(answer.statusCode())
				.as(answer.request().method() + " " + answer.request().uri() + " " + answer.body())
				.isEqualTo(403);
		}
		Task kept = this.taskService.createTaskQuery().taskId(task).singleResult();
		assertThat(kept.getAssignee()).isNull();
		assertThat(kept.getOwner()).isNull();
		assertThat(kept.getName()).isEqualTo(name);
		assertThat(this.taskService.getIdentityLinksForTask(task)).extracting((link) -> link.getGroupId())
			.containsExactly(Roles.SALES_MANAGER);
		assertThat(desk.as("tina")
			.postJson(path + "/submit-form", "{\"variables\": {\"approvalDecision\": {\"value\": \"APPROVE\"}}}")
			.statusCode()).isIn(403, 404);

		// and a manager takes it, sets his own follow-up date and hands it to another
		// manager
		assertThat(mark.postJson(path + "/claim", "{\"userId\": \"mark\"}").statusCode()).isEqualTo(204);
		ObjectNode claimed = updatable(Http.json(mark.get(path), 200));
		assertThat(mark.putJson(path, claimed.put("followUp", "2026-11-20T09:00:00.000+0800").toString()).statusCode())
			.isEqualTo(204);
		// and so does he reading Tasklist in Chinese, which sends back the task as it was
		// shown to him, its name and description in his words
		Http markInChinese = desk.as("mark").inLanguage("zh-CN");
		ObjectNode shownInChinese = updatable(Http.json(markInChinese.get(path), 200));
		assertThat(shownInChinese.get("name").asText()).startsWith("审批订单：");
		assertThat(
				markInChinese.putJson(path, shownInChinese.put("followUp", "2026-11-21T09:00:00.000+0800").toString())
					.statusCode())
			.isEqualTo(204);
		assertThat(markInChinese.putJson(path, shownInChinese.put("name", "审批订单：立即批准").toString()).statusCode())
			.isEqualTo(403);
		// and so does Tasklist, which sends the whole task back as it read it, with the
		// reference to its form
		ObjectNode whole = (ObjectNode) Http.json(markInChinese.get(path), 200);
		assertThat(whole.get("camundaFormRef").get("key").asText()).isEqualTo("approve-order");
		assertThat(markInChinese.putJson(path, whole.put("followUp", "2026-11-22T09:00:00.000+0800").toString())
			.statusCode()).isEqualTo(204);
		assertThat(this.taskService.createTaskQuery().taskId(task).singleResult().getFollowUpDate()).isNotNull();
		// the same through the webapps' copy of the API, which Tasklist calls
		Http tasklist = new Http(this.port).inLanguage("zh-CN");
		assertThat(tasklist.logIn("tasklist", "mark", TestUsers.password("mark")).statusCode()).isEqualTo(200);
		String inTasklist = "/camunda/api/engine/engine/default/task/" + task;
		ObjectNode read = (ObjectNode) Http.json(tasklist.get(inTasklist), 200);
		assertThat(tasklist
			.putJson(inTasklist, read.put("followUp", "2026-11-23T09:00:00.000+0800").toString(), tasklist.csrfToken())
			.statusCode()).isEqualTo(204);
		assertThat(this.taskService.createTaskQuery().taskId(task).singleResult().getFollowUpDate())
			.isEqualTo(java.util.Date.from(java.time.OffsetDateTime.parse("2026-11-23T09:00:00+08:00").toInstant()));
		assertThat(this.taskService.createTaskQuery().taskId(task).singleResult().getName()).isEqualTo(name);
		assertThat(this.taskService.createTaskQuery().taskId(task).singleResult().getName()).isEqualTo(name);
		// and a refusal names the task in the reader's words
		assertThat(Http.json(markInChinese.postJson(path + "/assignee", "{\"userId\": \"tina\"}"), 403)
			.get("message")
			.asText()).contains("任务“审批订单：").doesNotContain("Approve order");
		assertThat(mark.postJson(path + "/assignee", "{\"userId\": \"mona\"}").statusCode()).isEqualTo(204);
		assertThat(this.taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("mona");
	}

	/** What the engine API's update of a task takes, as the task shows it. */
	private static ObjectNode updatable(JsonNode task) {
		ObjectNode fields = ((ObjectNode) task).deepCopy();
		fields.retain("name", "description", "priority", "assignee", "owner", "delegationState", "due", "followUp",
				"parentTaskId", "caseInstanceId", "tenantId");
		return fields;
	}

	@Test
	void theOnesATaskIsOfferedToCommentOnItAndNoOneElse() throws Exception {
		// given an order waiting for the sales assistant's contract review
		OrderDesk.hireCrew(this.identityService);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk desk = new OrderDesk(this.port);
		String number = desk.submit(customers.creditworthyCustomer(), customers.product(), 1);
		String task = await().atMost(Duration.ofSeconds(30))
			.until(() -> desk.taskId("asha", number, "Task_ReviewContract"), Objects::nonNull);
		String comments = "/engine-rest/task/" + task + "/comment";

		// when the assistant comments, as Tasklist lets them, and two people the task is
		// not offered to try
		HttpResponse<String> assistant = desk.as("asha").postJson(comments + "/create", "{\"message\": \"客户要求加盖公章\"}");
		HttpResponse<String> rep = desk.as("tina").postJson(comments + "/create", "{\"message\": \"approve it\"}");
		HttpResponse<String> manager = desk.as("mark").postJson(comments + "/create", "{\"message\": \"ok\"}");

		// then the assistant's comment is kept and read back, the others' are refused
		assertThat(assistant.statusCode()).as(assistant.body()).isEqualTo(200);
		assertThat(Http.json(desk.as("asha").get(comments), 200).findValuesAsText("message"))
			.containsExactly("客户要求加盖公章");
		assertThat(rep.statusCode()).as(rep.body()).isIn(400, 403, 404);
		assertThat(manager.statusCode()).as(manager.body()).isIn(400, 403, 404);
		assertThat(this.taskService.getTaskComments(task)).hasSize(1);
	}

	@Test
	void revokingAuthorizationsAreRefusedBecauseTheEngineDoesNotReadThem() {
		// when
		HttpResponse<String> created = this.admin.postJson("/engine-rest/authorization/create",
				"""
						{"type": 2, "permissions": ["ACCESS"], "userId": "rita", "resourceType": 0, "resourceId": "tasklist"}""");

		// then
		assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
		assertThat(this.processEngine.getAuthorizationService()
			.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_REVOKE)
			.count()).isZero();
		assertThat(configuration().getAuthorizationCheckRevokes()).isEqualTo("never");
	}

	@Test
	void aGroupGivenItsFirstAuthorizationIsCheckedAtOnce() {
		// given: a user of a group that holds no authorization, whose checks have read
		// which groups hold any
		String group = "auditors" + this.identityService.createGroupQuery().groupNameLike("Auditors%").count();
		String userId = "gwen" + group;
		var auditors = this.identityService.newGroup(group);
		auditors.setName("Auditors");
		this.identityService.saveGroup(auditors);
		var user = this.identityService.newUser(userId);
		user.setPassword("gwen-secret-3");
		this.identityService.saveUser(user);
		this.identityService.createMembership(userId, group);
		Http gwen = this.anonymous.as(userId, "gwen-secret-3");
		HttpResponse<String> before = gwen.get("/engine-rest/process-definition/count");
		assertThat(before.body()).as(before.body()).isEqualTo("{\"count\":0}");

		// when
		HttpResponse<String> granted = this.admin.postJson("/engine-rest/authorization/create", """
				{"type": 1, "permissions": ["READ"], "groupId": "%s", "resourceType": 6, "resourceId": "*"}"""
			.formatted(group));

		// then
		assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
		HttpResponse<String> after = gwen.get("/engine-rest/process-definition/count");
		assertThat(after.body()).as(after.body()).isNotEqualTo("{\"count\":0}").startsWith("{\"count\":");
	}

	@Test
	void tenantsAreRefusedBecauseTheEngineDoesNotCheckThem() {
		// when
		HttpResponse<String> created = this.admin.postJson("/engine-rest/tenant/create", """
				{"id": "east", "name": "East"}""");

		// then
		assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
		assertThat(this.identityService.createTenantQuery().count()).isZero();
		assertThat(configuration().isTenantCheckEnabled()).isFalse();
	}

	@Test
	void healthIsPublicAndUp() {
		// when
		HttpResponse<String> health = this.anonymous.get("/actuator/health");

		// then
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void noDemoPasswordExistsOutsideTheDefaultProfile() {
		// when
		HttpResponse<String> demo = this.anonymous.as("demo", "demo").get("/engine-rest/engine");

		// then
		assertThat(demo.statusCode()).isEqualTo(401);
		assertThat(this.identityService.createUserQuery().userId("demo").count()).isZero();
		assertThat(this.identityService.createUserQuery().userId(ADMIN).memberOfGroup(Roles.ADMIN).count()).isOne();
	}

	@Test
	void authorizationIsOnSoAUserSeesOnlyWhatTheyAreGranted() {
		// when
		HttpResponse<String> users = this.rep.get("/engine-rest/user?maxResults=100");
		HttpResponse<String> allUsers = this.admin.get("/engine-rest/user?maxResults=100");

		// then
		assertThat(configuration().isAuthorizationEnabled()).isTrue();
		assertThat(users.body()).contains("\"id\":\"rita\"").doesNotContain("\"id\":\"admin\"");
		assertThat(allUsers.body()).contains("\"id\":\"rita\"", "\"id\":\"admin\"");
	}

	@Test
	void objectVariablesAreStoredAsJsonAndJavaSerializationIsRefused() {
		// given
		Task task = standaloneTask();
		String javaSerialized = """
				{"value":"rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==",
				 "type":"Object","valueInfo":{"objectTypeName":"java.util.ArrayList",
				 "serializationDataFormat":"application/x-java-serialized-object"}}""";

		// when
		this.taskService.setVariableLocal(task.getId(), "lines", new ArrayList<>(List.of("P-100", "P-200")));
		HttpResponse<String> javaObject = this.admin
			.putJson("/engine-rest/task/" + task.getId() + "/localVariables/payload", javaSerialized);

		// then
		ObjectValue stored = this.taskService.getVariableLocalTyped(task.getId(), "lines", false);
		assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
		assertThat(stored.getValueSerialized()).isEqualTo("[\"P-100\",\"P-200\"]");
		assertThat(javaObject.statusCode()).isEqualTo(400);
		assertThat(javaObject.body()).contains("may not be sent in Java serialization");
		assertThat(this.taskService.getVariableLocal(task.getId(), "payload")).isNull();
	}

	@Test
	void typesOutsideTheAllowListAreRefusedOnWriteAndOnRead() {
		// given
		Task task = standaloneTask();
		HttpResponse<String> written = this.admin
			.putJson("/engine-rest/task/" + task.getId() + "/localVariables/link", """
					{"value":"\\"http://localhost/x\\"","type":"Object","valueInfo":{"objectTypeName":"java.net.URL",
					 "serializationDataFormat":"application/json"}}""");
		this.taskService.setVariableLocal(task.getId(), "link",
				org.camunda.bpm.engine.variable.Variables.serializedObjectValue("\"http://localhost/x\"")
					.objectTypeName("java.net.URL")
					.serializationDataFormat("application/json")
					.create());

		// when / then
		assertThat(written.statusCode()).as(written.body()).isEqualTo(400);
		assertThat(written.body()).contains("the type URL", "not allowed").doesNotContain("java.");
		assertThat(configuration().isDeserializationTypeValidationEnabled()).isTrue();
		assertThatThrownBy(() -> this.taskService.getVariableLocal(task.getId(), "link")).rootCause()
			.hasMessageContaining("not whitelisted for deserialization")
			.hasMessageContaining("java.net.URL");
	}

	@Test
	void expressionsInAdHocAndStoredTaskQueriesAreRefused() {
		// when
		HttpResponse<String> adHoc = this.admin.get("/engine-rest/task?maxResults=10&dueAfterExpression="
				+ URLEncoder.encode("${now()}", StandardCharsets.UTF_8));
		HttpResponse<String> stored = this.admin.postJson("/engine-rest/filter/create", """
				{"resourceType":"Task","name":"expression-filter","query":{"dueAfterExpression":"${now()}"}}""");

		// then
		assertThat(adHoc.statusCode()).isEqualTo(400);
		assertThat(adHoc.body()).contains("may not contain expressions");
		assertThat(stored.statusCode()).isEqualTo(400);
		assertThat(this.filterService.createFilterQuery().filterName("expression-filter").count()).isZero();
	}

	@Test
	void expressionsHiddenInOrQueriesAreRefused() {
		// when
		HttpResponse<String> adHoc = this.admin.postJson("/engine-rest/task?maxResults=10", """
				{"orQueries":[{"dueAfterExpression":"${now()}"}]}""");
		HttpResponse<String> stored = this.admin.postJson("/engine-rest/filter/create", """
				{"resourceType":"Task","name":"or-expression-filter",
				 "query":{"orQueries":[{"dueAfterExpression":"${now()}"}]}}""");

		// then
		assertThat(adHoc.statusCode()).isEqualTo(400);
		assertThat(adHoc.body()).contains("dueAfterExpression");
		assertThat(stored.statusCode()).isEqualTo(400);
		assertThat(this.filterService.createFilterQuery().filterName("or-expression-filter").count()).isZero();
	}

	@Test
	void scriptsGetNoHostAccess() {
		// then
		assertThat(configuration().isConfigureScriptEngineHostAccess()).isFalse();
	}

	@Test
	void queriesAreBoundedForUsers() {
		// when
		HttpResponse<String> unbounded = this.rep.inLanguage("en").get("/engine-rest/process-definition");
		HttpResponse<String> tooMany = this.rep.inLanguage("en").get("/engine-rest/process-definition?maxResults=5000");
		HttpResponse<String> unboundedZh = this.rep.inLanguage("zh-CN").get("/engine-rest/process-definition");
		HttpResponse<String> tooManyZh = this.rep.inLanguage("zh-CN")
			.get("/engine-rest/process-definition?maxResults=5000");
		HttpResponse<String> bounded = this.rep.get("/engine-rest/process-definition?maxResults=100");

		// then refused, saying why in the caller's language
		assertThat(unbounded.statusCode()).isEqualTo(400);
		assertThat(unbounded.body()).contains("unbound number of results is forbidden");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("Max results limit of 2000 exceeded");
		assertThat(unboundedZh.statusCode()).isEqualTo(400);
		assertThat(unboundedZh.body()).contains("maxResults", "条").doesNotContain("forbidden");
		assertThat(tooManyZh.statusCode()).isEqualTo(400);
		assertThat(tooManyZh.body()).contains("2000", "条").doesNotContain("exceeded");
		assertThat(bounded.statusCode()).isEqualTo(200);
	}

	@Test
	void firstRunSetupIsClosedOnceAnAdminExists() {
		// given
		this.anonymous.get("/camunda/app/admin/default/");

		// when
		HttpResponse<String> setup = this.anonymous.postJson("/camunda/api/admin/setup/default/user/create", """
				{"profile":{"id":"intruder","firstName":"I","lastName":"I","email":"i@example.com"},
				 "credentials":{"password":"intruder-pass-1"}}""", this.anonymous.csrfToken());

		// then
		assertThat(setup.statusCode()).isEqualTo(403);
		assertThat(setup.body()).contains("set in the configuration");
		assertThat(this.identityService.createUserQuery().userId("intruder").count()).isZero();
	}

	@Test
	void webappLoginNeedsTheCsrfToken() {
		// given
		Http forger = new Http(this.port);
		forger.get("/camunda/app/tasklist/default/");
		Http browser = new Http(this.port);
		browser.get("/camunda/app/tasklist/default/");
		String form = "username=" + REP + "&password=" + REP_PASSWORD;

		// when
		HttpResponse<String> withoutToken = forger.postForm("/camunda/api/admin/auth/user/default/login/tasklist", form,
				null);
		HttpResponse<String> withToken = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist", form,
				browser.csrfToken());

		// then
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(withToken.body()).contains("\"userId\":\"rita\"", "tasklist");
	}

	private Task standaloneTask() {
		Task task = this.taskService.newTask();
		task.setName("Security probe");
		this.taskService.saveTask(task);
		return task;
	}

	private ProcessEngineConfigurationImpl configuration() {
		return (ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration();
	}

}
