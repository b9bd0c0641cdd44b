package com.osb.salesops.shared.language;

import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The users' language through the API: error answers in Chinese or English by
 * {@code Accept-Language} with the same codes, each user's own language in their profile,
 * and CSV files that keep Chinese names intact both ways.
 */
class LanguagesPostgresIT extends PostgresIntegrationTest {

	private static final String PRODUCT = "sku,name,unit,listPrice,floorPrice,stockOnHand,active\r\n"
			+ "ZH-LANG-1,离心泵 语言测试,SET,12000.00,9500.00,5,true\r\n";

	/** Reads decimals as written: 500.00, not 500.0. */
	private static final ObjectMapper EXACT = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
		.build();

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	Http analyst;

	@BeforeEach
	void users() {
		TestUsers.ensure(this.identityService, "lan", Roles.SALES_OPS);
		this.analyst = new Http(this.port).as("lan");
	}

	@Test
	void answersAnErrorInChineseOrEnglishByAcceptLanguageWithTheSameCodes() {
		// when
		JsonNode chinese = Http.json(this.analyst.inLanguage("zh-CN,zh;q=0.9,en;q=0.8")
			.postJson("/api/credit/evaluations", "{\"avgDaysLate\": \"late\", \"colour\": 1}"), 422);
		JsonNode english = Http.json(this.analyst.inLanguage("en-US,en;q=0.9")
			.postJson("/api/credit/evaluations", "{\"avgDaysLate\": \"late\", \"colour\": 1}"), 422);

		// then
		assertThat(chinese.get("code").asText()).isEqualTo("invalid-fields").isEqualTo(english.get("code").asText());
		assertThat(chinese.get("title").asText()).isEqualTo("无法处理的请求");
		assertThat(english.get("title").asText()).isEqualTo("Unprocessable Entity");
		assertThat(chinese.get("detail").asText()).matches("请求中有 \\d+ 个字段不符合要求");
		assertThat(english.get("detail").asText()).matches("The request has \\d+ invalid field\\(s\\)");
		assertThat(fieldCodes(chinese)).isEqualTo(fieldCodes(english))
			.contains("avgDaysLate=number", "colour=unknown-field");
		assertThat(chinese.get("errors").findValuesAsText("message")).contains("必须是数字", "不是本请求的字段", "为必填项");
		assertThat(english.get("errors").findValuesAsText("message")).contains("must be a number",
				"is not a field of this request", "is required");
	}

	@Test
	void keepsEachUsersLanguageWhichCountsWhenARequestNamesNone() {
		// given a user who never chose: the company's language
		TestUsers.ensure(this.identityService, "lu", Roles.SALES_OPS);
		Http lu = new Http(this.port).as("lu").inLanguage(null);
		JsonNode before = Http.json(lu.get("/api/me/language"), 200);
		assertThat(before.get("language").asText()).isEqualTo("zh-CN");
		assertThat(before.get("chosen").asBoolean()).isFalse();
		assertThat(Http.json(lu.postJson("/api/credit/evaluations", "{}"), 422).get("title").asText())
			.isEqualTo("无法处理的请求");

		// when
		JsonNode chosen = Http.json(lu.putJson("/api/me/language", "{\"language\": \"en\"}"), 200);

		// then
		assertThat(chosen.get("language").asText()).isEqualTo("en");
		assertThat(chosen.get("chosen").asBoolean()).isTrue();
		assertThat(Http.json(lu.postJson("/api/credit/evaluations", "{}"), 422).get("title").asText())
			.isEqualTo("Unprocessable Entity");
		assertThat(
				Http.json(lu.inLanguage("zh-CN").postJson("/api/credit/evaluations", "{}"), 422).get("title").asText())
			.isEqualTo("无法处理的请求");
		JsonNode refused = Http.json(lu.putJson("/api/me/language", "{\"language\": \"fr\"}"), 422);
		assertThat(refused.get("code").asText()).isEqualTo("language-not-offered");
		assertThat(refused.get("errors").findValuesAsText("message")).containsExactly("must be one of zh-CN, en");
	}

	@Test
	void readsAGbkFileWhenDeclaredAndExportsUtf8WithAByteOrderMark() {
		// given a file saved by Excel on a Chinese Windows
		byte[] gbk = PRODUCT.getBytes(Charset.forName("GBK"));
		JsonNode undeclared = Http
			.json(this.analyst.post("/api/imports/products", "text/csv", BodyPublishers.ofByteArray(gbk)), 422);
		assertThat(undeclared.get("code").asText()).isEqualTo("file-encoding");

		// when
		HttpResponse<String> imported = this.analyst.post("/api/imports/products?encoding=GBK", "text/csv",
				BodyPublishers.ofByteArray(gbk));

		// then the export starts with the byte order mark (the client checks it) and
		// keeps
		// the name
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		HttpResponse<String> exported = this.analyst.get("/api/imports/products");
		assertThat(exported.statusCode()).isEqualTo(200);
		assertThat(exported.body()).contains("ZH-LANG-1,离心泵 语言测试,SET,");
		assertThat(exported.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/csv;charset=UTF-8");
	}

	@Test
	void servesFormsAndProcessNamesInTheReadersLanguage() {
		// given
		Http admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD);
		String form = "/engine-rest/process-definition/key/credit-refresh/deployed-start-form";

		// when
		JsonNode chinese = Http.json(admin.inLanguage("zh-CN").get(form), 200);
		JsonNode english = Http.json(admin.inLanguage("en").get(form), 200);

		// then
		assertThat(chinese.toString()).contains("### 更新信用评级").doesNotContain("Refresh credit ratings");
		assertThat(english.toString()).contains("### Refresh credit ratings");
		assertThat(
				Http.json(admin.inLanguage("zh-CN").get("/engine-rest/process-definition/key/order-to-remittance"), 200)
					.get("name")
					.asText())
			.isEqualTo("订单到回款");
		assertThat(Http.json(admin.inLanguage("en").get("/engine-rest/process-definition/key/order-to-remittance"), 200)
			.get("name")
			.asText()).isEqualTo("Order to remittance");
	}

	@Test
	void namesTheRolesAnEndpointNeedsInTheCallersLanguage() {
		TestUsers.ensure(this.identityService, "lrep", Roles.SALES_REP);
		String change = "{\"type\": \"REGION\", \"id\": \"X1\", \"name\": \"x\"}";

		JsonNode chinese = Http.json(
				new Http(this.port).as("lrep").inLanguage("zh-CN").postJson("/api/organisation/changes", change), 403);
		JsonNode english = Http
			.json(new Http(this.port).as("lrep").inLanguage("en").postJson("/api/organisation/changes", change), 403);

		assertThat(chinese.get("detail").asText()).isEqualTo("需要以下角色之一：销售运营、人力资源");
		assertThat(english.get("detail").asText()).isEqualTo("This needs one of the roles sales-ops, hr");
	}

	@Test
	void saysWhichRightIsMissingInTheCallersLanguage() throws Exception {
		// when an analyst, who may not approve a write-off nor see the engine's users,
		// starts one and creates a user, in Chinese and in English, on the REST API
		// and on the webapps' copy of it that Tasklist calls
		Http browser = new Http(this.port).inLanguage("zh-CN");
		assertThat(browser.logIn("tasklist", "lan", TestUsers.password("lan")).statusCode()).isEqualTo(200);
		browser.get("/camunda/api/engine/engine/");
		List<HttpResponse<String>> chinese = List.of(
				this.analyst.inLanguage("zh-CN")
					.postJson("/engine-rest/process-definition/key/bad-debt-write-off/start", "{}"),
				this.analyst.inLanguage("zh-CN")
					.postJson("/engine-rest/user/create", "{\"profile\": {\"id\": \"someone\"}}"),
				browser.postJson("/camunda/api/engine/engine/default/process-definition/key/bad-debt-write-off/start",
						"{}", browser.csrfToken()));
		HttpResponse<String> english = this.analyst.inLanguage("en")
			.postJson("/engine-rest/process-definition/key/bad-debt-write-off/start", "{}");

		// then each is refused, saying who lacks which right on what, in the caller's
		// language
		for (HttpResponse<String> answer : chinese) {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
			String message = EXACT.readTree(answer.body()).path("message").asText();
			assertThat(message).as(answer.body())
				.contains("lan")
				.doesNotContain("does not have")
				.doesNotContain("permission");
			assertThat(message.codePoints().anyMatch((c) -> c >= 0x4E00 && c <= 0x9FFF)).as(message).isTrue();
		}
		assertThat(EXACT.readTree(chinese.get(0).body()).path("message").asText()).contains("bad-debt-write-off");
		assertThat(english.statusCode()).isEqualTo(403);
		assertThat(EXACT.readTree(english.body()).path("message").asText()).contains("lan", "CREATE_INSTANCE",
				"bad-debt-write-off");
	}

	@Test
	void namesOnlyTasksAndProcessesAndPassesEverythingElseOnAsTheEngineWroteIt() throws Exception {
		// given an order waiting for its first task, with the variables its steps set
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk.hireCrew(this.identityService);
		String number = new OrderDesk(this.port).submit(customers.creditworthyCustomer(), customers.product(), 1);
		Http admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD).inLanguage("zh-CN");
		String instance = Http
			.json(admin.get("/engine-rest/history/process-instance?maxResults=1&processInstanceBusinessKey=" + number),
					200)
			.get(0)
			.get("id")
			.asText();
		Http cockpit = new Http(this.port).inLanguage("zh-CN");
		assertThat(cockpit.logIn("cockpit", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(200);

		// when Cockpit and API clients read the order's variables and its task
		String variablesUrl = "/history/variable-instance?maxResults=100&processInstanceId=" + instance;
		JsonNode variables = Http.json(admin.get("/engine-rest" + variablesUrl), 200);
		JsonNode inCockpit = Http.json(cockpit.get("/camunda/api/engine/engine/default" + variablesUrl), 200);
		JsonNode tasks = Http.json(admin.get("/engine-rest/history/task?maxResults=10&processInstanceId=" + instance),
				200);
		String formVariables = "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/form-variables";

		// then a task and the process are named in Chinese; a variable keeps its own name
		assertThat(tasks.get(0).get("name").asText()).startsWith("审核合同");
		assertThat(variables.findValuesAsText("name")).hasSize(variables.size())
			.contains("orderNumber", "customerCode", "orderTotal")
			.doesNotContain("订单到回款");
		assertThat(inCockpit.findValuesAsText("name"))
			.containsExactlyInAnyOrderElementsOf(variables.findValuesAsText("name"));
		// and every amount keeps its digits, in any language: 500.00 is neither 5E+2 nor
		// 500.0; a form writes the amounts it shows as text as its reader's language
		// writes money, and the rule that decided in the reader's words
		for (String read : List.of("/engine-rest" + variablesUrl, formVariables)) {
			String english = admin.inLanguage("en").get(read).body();
			assertThat(admin.get(read).body()).as(read)
				.isEqualTo(read.equals(formVariables) ? english.replaceAll("\"(\\d[\\d,]*\\.\\d{2}) CNY\"", "\"¥$1\"")
					.replace("Pass: exposure within the credit limit", "通过：风险敞口在信用额度之内") : english);
		}
		BigDecimal total = EXACT.readTree(admin.get("/engine-rest" + variablesUrl).body())
			.findParents("name")
			.stream()
			.filter((variable) -> "orderTotal".equals(variable.get("name").asText()))
			.findFirst()
			.orElseThrow()
			.get("value")
			.decimalValue();
		assertThat(total.scale()).isEqualTo(2);
		assertThat(EXACT.readTree(admin.get(formVariables).body()).get("orderTotal").get("value").decimalValue())
			.isEqualTo(total);
	}

	@Test
	void namesTheTasksWaitingOnTheHomePageAsTasklistNamesThem() throws Exception {
		// given an order waiting for the assistant's review of its contract
		OrderTask review = orderWaitingFor("asha", "Task_ReviewContract");
		Http chinese = new Http(this.port).as("asha").inLanguage("zh-CN");
		List<String> inTasklist = Http
			.json(chinese.get("/engine-rest/task?candidateGroup=sales-assistant&maxResults=200"), 200)
			.findValuesAsText("name");

		// when
		List<String> waiting = Http.json(chinese.get("/api/home/tasks"), 200).get("items").findValuesAsText("name");
		List<String> english = Http.json(chinese.inLanguage("en").get("/api/home/tasks"), 200)
			.get("items")
			.findValuesAsText("name");

		// then
		assertThat(waiting).isNotEmpty().allSatisfy((name) -> assertThat(inTasklist).contains(name));
		assertThat(waiting).anySatisfy((name) -> assertThat(name).startsWith("审核合同：" + review.number()).contains("¥"));
		assertThat(english).anySatisfy((name) -> assertThat(name).startsWith("Review contract: " + review.number()));
	}

	@Test
	void writesTheFactsAnOrderTaskShowsInTheCompanysLanguage() throws Exception {
		// given an order reviewed and waiting for the manager's approval
		OrderTask approval = orderWaitingFor("mark", "Task_ApproveOrder");
		Http manager = approval.desk().as("mark").inLanguage("en");

		// when the manager opens the approval's form, even reading in English
		String task = approval.task();
		JsonNode shown = Http.json(manager.get("/engine-rest/task/" + task + "/form-variables"), 200);

		// then what the product wrote for it is in the company's language (zh-CN)
		assertThat(shown.path("paymentTermsText").path("value").asText()).startsWith("账期 60 天");
		assertThat(shown.path("approverTitle").path("value").asText()).isEqualTo("销售经理");
		assertThat(shown.path("dueText").path("value").asText()).contains("中国标准时间 (UTC+08:00)");
		for (String text : List.of("paymentTermsText", "approverTitle", "approvalLevelText", "dueText")) {
			// a time zone's offset is written UTC+08:00 in every language
			assertThat(shown.path(text).path("value").asText().replace("UTC", "")).as(text)
				.isNotBlank()
				.doesNotContainPattern("[A-Za-z]{3,}");
		}
	}

	@Test
	void showsTheAmountsAndTheRulesOfAFormInTheReadersLanguage() throws Exception {
		// given an order waiting for the manager's approval
		OrderTask approval = orderWaitingFor("mark", "Task_ApproveOrder");
		String formVariables = "/engine-rest/task/" + approval.task() + "/form-variables";

		// when the manager opens its form in Chinese and in English
		JsonNode chinese = Http.json(approval.desk().as("mark").inLanguage("zh-CN").get(formVariables), 200);
		JsonNode english = Http.json(approval.desk().as("mark").inLanguage("en").get(formVariables), 200);

		// then each reads the amounts as their language writes money, to the fen
		for (String text : List.of("orderTotalText", "exposureText", "creditLimitText")) {
			assertThat(chinese.path(text).path("value").asText()).as(text).matches("¥-?\\d{1,3}(,\\d{3})*\\.\\d{2}");
			assertThat(english.path(text).path("value").asText()).as(text).matches("-?\\d{1,3}(,\\d{3})*\\.\\d{2} CNY");
		}
		assertThat(chinese.path("orderTotalText").path("value").asText().substring(1))
			.isEqualTo(english.path("orderTotalText").path("value").asText().replace(" CNY", ""));
		// and the credit rule that decided reads in the reader's language
		assertThat(chinese.path("creditRules").path("value").asText()).isEqualTo("通过：风险敞口在信用额度之内");
		assertThat(english.path("creditRules").path("value").asText())
			.isEqualTo("Pass: exposure within the credit limit");
		// and the amounts themselves stay exact decimals
		assertThat(chinese.path("orderTotal").path("value").decimalValue())
			.isEqualByComparingTo(english.path("orderTotal").path("value").decimalValue());
		// and the form completes with what it showed sent back, as Tasklist sends it
		ObjectNode submitted = JsonNodeFactory.instance.objectNode();
		for (String shown : List.of("orderTotalText", "exposureText", "creditLimitText", "creditRules", "dueText")) {
			submitted.putObject(shown).put("value", chinese.path(shown).path("value").asText());
		}
		submitted.putObject("approvalDecision").put("value", "APPROVE");
		HttpResponse<String> completed = approval.desk()
			.as("mark")
			.inLanguage("zh-CN")
			.postJson("/engine-rest/task/" + approval.task() + "/submit-form", "{\"variables\": " + submitted + "}");
		assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
	}

	@Test
	void refusesAFormSubmissionAndACallersVariablesInTheCallersLanguageWithTheSameCodes() throws Exception {
		// given an order waiting for its contract review
		OrderTask review = orderWaitingFor("asha", "Task_ReviewContract");
		OrderDesk desk = review.desk();
		String task = review.task();
		String instance = Http.json(desk.as("asha").get("/engine-rest/task/" + task), 200)
			.get("processInstanceId")
			.asText();
		String submission = "/engine-rest/task/" + task + "/submit-form";
		String forged = "{\"variables\": {\"orderTotal\": {\"value\": 1},"
				+ " \"contractNotes\": {\"value\": \"%s\"}}}".formatted("x".repeat(1001));
		String variables = "/engine-rest/process-instance/" + instance + "/variables";
		String modification = "{\"modifications\": {\"orderTotal\": {\"value\": 1}}}";
		String expression = "{\"assigneeExpression\": \"${'rep1'}\"}";

		// when a task, a process and a query are refused to a reader of each language
		String chinese = message(desk.as("asha").inLanguage("zh-CN,zh;q=0.9").postJson(submission, forged), 400);
		String ownLanguage = message(desk.as("asha").inLanguage(null).postJson(submission, forged), 400);
		String english = message(desk.as("asha").inLanguage("en-US,en;q=0.9").postJson(submission, forged), 400);
		Http tasklist = new Http(this.port).inLanguage(null);
		assertThat(tasklist.logIn("tasklist", "asha", TestUsers.password("asha")).statusCode()).isEqualTo(200);
		tasklist.get("/camunda/api/engine/engine/"); // the token of the session logged in
		String inTasklist = message(tasklist.postJson(
				"/camunda/api/engine/engine/default/task/" + task + "/submit-form", forged, tasklist.csrfToken()), 400);
		String chineseProcess = message(desk.as("asha").inLanguage("zh-CN").postJson(variables, modification), 403);
		String englishProcess = message(desk.as("asha").inLanguage("en").postJson(variables, modification), 403);
		String chineseQuery = message(desk.as("asha").inLanguage("zh-CN").postJson("/engine-rest/task", expression),
				400);
		String englishQuery = message(desk.as("asha").inLanguage("en").postJson("/engine-rest/task", expression), 400);

		// then each names every problem in the reader's words, behind the same code
		assertThat(chinese).isEqualTo(ownLanguage)
			.isEqualTo(inTasklist)
			.isEqualTo("表单未能提交：[form-refused] 提交未被接受：表单没有字段 orderTotal；"
					+ "“备注”（contractNotes）不得超过 1000 个字符；“合同与订单一致”（contractReviewed）为必填项");
		assertThat(english).isEqualTo("The form was not submitted: [form-refused] The submission was refused:"
				+ " the form has no field orderTotal; Notes (contractNotes) must be at most 1000 characters;"
				+ " The contract matches the order (contractReviewed) is required");
		assertThat(chineseProcess).isEqualTo("[process-variables-refused] 流程变量只由流程的步骤设置，调用方不能设置");
		assertThat(englishProcess)
			.isEqualTo("[process-variables-refused] The variables of a process are set by its steps, not by a caller");
		assertThat(chineseQuery).isEqualTo("[query-expression-refused] 任务查询不得包含表达式：taskAssigneeExpression");
		assertThat(englishQuery)
			.isEqualTo("[query-expression-refused] A task query may not contain expressions: taskAssigneeExpression");
		for (String text : List.of(chinese, chineseProcess, chineseQuery)) {
			// the task's id, the code and the names of fields and variables are no words
			assertThat(text.replace(task, "").replaceAll("\\[[a-z-]+] ", "").replaceAll("\\b[a-z]+[A-Z]\\w*", ""))
				.as(text)
				.doesNotContainPattern("[A-Za-z]{2,}");
		}
	}

	@Test
	void refusesAStepsOwnCheckAsABadRequestInTheCallersLanguageAndChangesNothing() throws Exception {
		// given an order waiting for the manager's approval
		OrderTask approval = orderWaitingFor("mark", "Task_ApproveOrder");
		OrderDesk desk = approval.desk();
		String number = approval.number();
		String task = approval.task();
		String rejection = "{\"variables\": {\"approvalDecision\": {\"value\": \"REJECT\"}}}";

		// when the manager rejects it without the reason the step asks for
		HttpResponse<String> chinese = desk.as("mark")
			.inLanguage("zh-CN")
			.postJson("/engine-rest/task/" + task + "/submit-form", rejection);
		HttpResponse<String> english = desk.as("mark")
			.inLanguage("en")
			.postJson("/engine-rest/task/" + task + "/complete", rejection);

		// then the step's own check answers as a form's does, and the task is still open
		assertThat(message(chinese, 400)).isEqualTo("表单未能提交：请填写拒绝或退回的理由");
		assertThat(message(english, 400)).startsWith("The task was not completed: ")
			.doesNotContain(task)
			.doesNotContain("ENGINE-", "TaskListener");
		assertThat(desk.taskId("mark", number, "Task_ApproveOrder")).isEqualTo(task);
	}

	/**
	 * An order of one unit waiting at the task for the user: its contract reviewed for an
	 * approval.
	 */
	private OrderTask orderWaitingFor(String user, String taskKey) throws Exception {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk.hireCrew(this.identityService);
		OrderDesk desk = new OrderDesk(this.port);
		String number = desk.submit(customers.creditworthyCustomer(), customers.product(), 1);
		if ("Task_ApproveOrder".equals(taskKey)) {
			desk.complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		}
		String task = await().atMost(Duration.ofSeconds(30))
			.until(() -> desk.taskId(user, number, taskKey), Objects::nonNull);
		return new OrderTask(desk, number, task);
	}

	private record OrderTask(OrderDesk desk, String number, String task) {
	}

	private static String message(HttpResponse<String> response, int status) {
		return Http.json(response, status).get("message").asText();
	}

	@Test
	void refusesAnOrderInChineseOrEnglishWithTheSameCode() throws Exception {
		// given an order its rep was not asked to revise
		OrderDesk.hireCrew(this.identityService);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk desk = new OrderDesk(this.port);
		String number = desk.submit(customers.creditworthyCustomer(), customers.product(), 2);
		String revision = """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 3, "unitPrice": 500}]}"""
			.formatted(customers.creditworthyCustomer(), customers.product());

		// when
		JsonNode chinese = Http.json(desk.as("tina").inLanguage("zh-CN").putJson("/api/orders/" + number, revision),
				409);
		JsonNode english = Http.json(desk.as("tina").inLanguage("en").putJson("/api/orders/" + number, revision), 409);
		JsonNode chineseMissing = Http.json(desk.as("tina").inLanguage("zh-CN").get("/api/orders/SC19990101DD9999"),
				404);
		JsonNode englishMissing = Http.json(desk.as("tina").inLanguage("en").get("/api/orders/SC19990101DD9999"), 404);

		// then
		assertThat(chinese.get("code").asText()).isEqualTo("order-not-sent-back")
			.isEqualTo(english.get("code").asText());
		assertThat(chinese.get("title").asText()).isEqualTo("状态冲突");
		assertThat(chinese.get("detail").asText()).matches("订单 " + number + "（\\p{IsHan}+）未被退回修改");
		assertThat(english.get("title").asText()).isEqualTo("Conflict");
		assertThat(english.get("detail").asText())
			.matches("Order " + number + " \\([a-z ]+\\) was not sent back for revision");
		assertThat(chineseMissing.get("code").asText()).isEqualTo("no-such-order")
			.isEqualTo(englishMissing.get("code").asText());
		assertThat(chineseMissing.get("detail").asText()).isEqualTo("没有订单 SC19990101DD9999");
		assertThat(englishMissing.get("detail").asText()).isEqualTo("There is no order SC19990101DD9999");
	}

	@Test
	void namesTheRolesAndTheUsersOfARoleInTheReadersLanguage() {
		// given: a user named after their role, as the demo's are
		OrderDesk.hireCrew(this.identityService);
		if (this.identityService.createUserQuery().userId("rolan").count() == 0) {
			org.camunda.bpm.engine.identity.User user = this.identityService.newUser("rolan");
			user.setFirstName("Rolan");
			user.setLastName("(Sales assistants)");
			user.setPassword(TestUsers.password("rolan"));
			this.identityService.saveUser(user);
			this.identityService.createMembership("rolan", Roles.SALES_ASSISTANT);
		}
		Http rolan = new Http(this.port).as("rolan");

		// when
		JsonNode groups = Http.json(rolan.inLanguage("zh-CN").get("/engine-rest/group?member=rolan&maxResults=10"),
				200);
		JsonNode group = Http.json(rolan.inLanguage("zh-CN").get("/engine-rest/group/" + Roles.SALES_ASSISTANT), 200);
		JsonNode identity = Http.json(rolan.inLanguage("zh-CN").get("/engine-rest/identity/groups?userId=rolan"), 200);
		JsonNode profile = Http.json(rolan.inLanguage("zh-CN").get("/engine-rest/user/rolan/profile"), 200);
		JsonNode english = Http.json(rolan.inLanguage("en").get("/engine-rest/user/rolan/profile"), 200);

		// then
		assertThat(groups.findValuesAsText("name")).containsExactly("销售助理");
		assertThat(group.get("name").asText()).isEqualTo("销售助理");
		assertThat(identity.get("groups").findValuesAsText("name")).containsExactly("销售助理");
		assertThat(profile.get("lastName").asText()).isEqualTo("（销售助理）");
		assertThat(profile.get("firstName").asText()).isEqualTo("Rolan");
		assertThat(english.get("lastName").asText()).isEqualTo("(Sales assistants)");
	}

	@Test
	void namesTheTaskListsAndTheirCardsInTheReadersLanguage() {
		// given
		OrderDesk.hireCrew(this.identityService);
		Http asha = new Http(this.port).as("asha");

		// when
		JsonNode chinese = Http
			.json(asha.inLanguage("zh-CN").get("/engine-rest/filter?resourceType=Task&maxResults=100"), 200);
		JsonNode english = Http.json(asha.inLanguage("en").get("/engine-rest/filter?resourceType=Task&maxResults=100"),
				200);

		// then
		assertThat(chinese.findValuesAsText("name")).contains("我的任务", "销售助理待办（最早的优先）").doesNotContain("My tasks");
		assertThat(english.findValuesAsText("name")).contains("My tasks", "Sales assistant queue, oldest first");
		JsonNode mine = null;
		for (JsonNode filter : chinese) {
			mine = filter.get("name").asText().equals("我的任务") ? filter : mine;
		}
		assertThat(mine.get("properties").get("description").asText()).isEqualTo("分配给您、或等待您及您的角色处理的任务");
		assertThat(mine.get("properties").get("variables").findValuesAsText("label")).containsExactly("订单", "客户", "金额",
				"期限");
		assertThat(mine.get("properties").get("variables").findValuesAsText("name")).containsExactly("orderNumber",
				"customerName", "orderTotalText", "dueText");
	}

	@Test
	void eachWebappFallsBackToTheReadersLanguage() {
		// when
		HttpResponse<String> cockpit = new Http(this.port).get("/camunda/app/cockpit/scripts/config.js");
		HttpResponse<String> admin = new Http(this.port).get("/camunda/app/admin/scripts/config.js");
		HttpResponse<String> zh = new Http(this.port).get("/camunda/app/admin/locales/zh.json");

		// then the company's language for a reader not logged in, kept by no browser
		assertThat(cockpit.statusCode()).isEqualTo(200);
		assertThat(cockpit.body()).contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
		assertThat(cockpit.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(admin.body()).contains("fallbackLocale: 'zh'");
		assertThat(zh.statusCode()).isEqualTo(200);
		assertThat(zh.body()).contains("\"USERS_ADD_USER\": \"添加用户\"");
	}

	@Test
	void namesEachProblemOfAnImportedFileByItsCodeInChineseOrEnglish() {
		// given
		String file = "sku,name,unit,listPrice,floorPrice,stockOnHand,active\r\n"
				+ "ZH-LANG-2,,SET,abc,9500.00,5,maybe\r\nZH-LANG-3,阀门,SET,100.00,200.00,x\r\n";

		// when
		JsonNode chinese = Http.json(this.analyst.inLanguage("zh-CN")
			.post("/api/imports/products", "text/csv", BodyPublishers.ofString(file)), 422);
		JsonNode english = Http.json(
				this.analyst.inLanguage("en").post("/api/imports/products", "text/csv", BodyPublishers.ofString(file)),
				422);

		// then
		assertThat(chinese.get("code").asText()).isEqualTo("import-refused").isEqualTo(english.get("code").asText());
		assertThat(chinese.get("detail").asText()).isEqualTo("文件有 4 个问题，未导入任何内容");
		assertThat(english.get("detail").asText()).isEqualTo("The file has 4 problem(s); nothing was imported");
		assertThat(fieldCodes(chinese)).isEqualTo(fieldCodes(english))
			.containsExactly("line[2].name=required", "line[2].listPrice=csv-not-a-number",
					"line[2].active=csv-not-one-of", "line[3]=csv-value-count")
			.doesNotContain("invalid");
		assertThat(chinese.get("errors").findValuesAsText("message")).contains("为必填项", "“abc”不是数字",
				"“maybe”不是 true, false 之一", "有 6 个值，而表头有 7 列");
		assertThat(english.get("errors").findValuesAsText("message")).contains("is required", "'abc' is not a number",
				"'maybe' is not one of true, false", "has 6 values where the header has 7");
	}

	@Test
	void refusesADepartureAndAPasswordLinkInChineseOrEnglishWithTheSameCodes() {
		// given
		String departure = "{\"successor\": \"NOBODY-LANG\", \"effectiveFrom\": \"2026-11-16\", \"reason\": \"test\"}";

		// when
		JsonNode chinese = Http.json(
				this.analyst.inLanguage("zh-CN").postJson("/api/organisation/reps/NOBODY-LANG/departure", departure),
				422);
		JsonNode english = Http.json(
				this.analyst.inLanguage("en").postJson("/api/organisation/reps/NOBODY-LANG/departure", departure), 422);
		JsonNode noLinkChinese = Http.json(
				this.analyst.inLanguage("zh-CN").postJson("/api/organisation/users/nobody-lang/password-link", "{}"),
				422);
		JsonNode noLinkEnglish = Http.json(
				this.analyst.inLanguage("en").postJson("/api/organisation/users/nobody-lang/password-link", "{}"), 422);

		// then
		assertThat(fieldCodes(chinese)).isEqualTo(fieldCodes(english))
			.containsExactly("repId=not-an-active-rep", "successor=successor-rep");
		assertThat(chinese.get("errors").findValuesAsText("message")).containsExactly("没有在职的销售代表 NOBODY-LANG",
				"请指定接手客户和工作的在职销售代表");
		assertThat(english.get("errors").findValuesAsText("message")).containsExactly(
				"There is no active rep NOBODY-LANG", "Name the active rep who takes over the customers and the work");
		assertThat(fieldCodes(noLinkChinese)).isEqualTo(fieldCodes(noLinkEnglish))
			.containsExactly("userId=user-without-mail");
		assertThat(noLinkChinese.get("errors").findValuesAsText("message"))
			.containsExactly("用户 nobody-lang 不存在或没有电子邮箱地址：请先在组织文件中填写");
		assertThat(this.analyst.inLanguage("zh-CN").get("/password").body()).contains("<html lang=\"zh-CN\"", "设置密码",
				"新密码（至少 10 个字符）");
		assertThat(this.analyst.inLanguage("en").get("/password").body()).contains("<html lang=\"en\"",
				"Set your password", "New password (at least 10 characters)");
	}

	@Test
	void showsTheHomePageLoginInTheBrowsersLanguageElseTheCompanysAndAfterLoginInTheUsersOwn() {
		// given a user who chose English in their profile
		TestUsers.ensure(this.identityService, "lhome", Roles.SALES_OPS);
		new Http(this.port).as("lhome").putJson("/api/me/language", "{\"language\": \"en\"}");

		// when
		String chinese = new Http(this.port).inLanguage("zh-CN,zh;q=0.9").get("/").body();
		String english = new Http(this.port).inLanguage("en-US,en;q=0.9").get("/").body();
		String company = new Http(this.port).inLanguage(null).get("/").body();
		Http browser = new Http(this.port).inLanguage("zh-CN");
		browser.get("/");
		browser.get("/camunda/app/tasklist/default/");
		browser.postForm("/camunda/api/admin/auth/user/default/login/welcome",
				"username=lhome&password=" + TestUsers.password("lhome"), browser.csrfToken());

		// then
		assertThat(chinese).contains("login.js", "<html lang=\"zh-CN\">", "/home/texts.zh-CN.js");
		assertThat(english).contains("login.js", "<html lang=\"en\">").doesNotContain("texts.zh-CN.js");
		assertThat(company).contains("<html lang=\"zh-CN\">", "/home/texts.zh-CN.js");
		assertThat(new Http(this.port).get("/home/texts.zh-CN.js").body()).contains("loginTitle: '登录'");
		assertThat(browser.get("/").body()).contains("home.js", "<html lang=\"en\">").doesNotContain("texts.zh-CN.js");
		assertThat(browser.get("/camunda/app/tasklist/scripts/config.js").body()).contains("availableLocales: ['en']",
				"fallbackLocale: 'en'");
	}

	private static java.util.List<String> fieldCodes(JsonNode problem) {
		java.util.List<String> codes = new java.util.ArrayList<>();
		problem.get("errors")
			.forEach((error) -> codes.add(error.get("field").asText() + "=" + error.get("code").asText()));
		return codes;
	}

}
