package com.osb.salesops.shared.web;

import java.net.Socket;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * What is refused before any of the application's own checks (no credentials, the wrong
 * password, a signature that does not match, an endpoint of another role, an answer the
 * caller cannot read, a method the address does not take, a body that is no multipart, a
 * path number that is no number, an address or a header the server cannot read, a webapp
 * call without a session or its CSRF token): each one a problem detail with its status,
 * never a 500, with a code a program reads and a title and detail in the caller's
 * language that name no Java type.
 */
class ProtocolRefusalsPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	String orderNumber;

	@BeforeEach
	void anOrder() throws Exception {
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "sally", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "wendy", Roles.SALES_REP);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.orderNumber = new OrderDesk(this.port).submit(customers.creditworthyCustomer(), customers.product(), 1);
	}

	/** A request refused for what it is, not for what it asks. */
	private record Refused(String what, String user, String method, String path, BodyPublisher body, int status,
			String code, String... headers) {
	}

	private List<Refused> refusals() {
		String attachments = "/api/orders/" + this.orderNumber + "/attachments?kind=SIGNED_CONTRACT";
		return List.of(new Refused("no credentials", null, "GET", "/api/orders", null, 401, "credentials-needed"),
				new Refused("no credentials, engine API", null, "GET", "/engine-rest/task", null, 401,
						"credentials-needed"),
				new Refused("a signature that does not match", null, "POST",
						"/api/orders/" + this.orderNumber + "/events", BodyPublishers.ofString("{}"), 401,
						"signed-callbacks-off", "X-Salesops-Signature", "sha256=00", "Content-Type",
						"application/json"),
				new Refused("metrics for a rep", "tina", "GET", "/actuator/prometheus", null, 403, "operations-only"),
				new Refused("an answer the caller cannot read", "tina", "GET", "/api/orders", null, 406,
						"not-acceptable", "Accept", "image/png"),
				new Refused("a method the address does not take", "tina", "DELETE", "/api/orders", null, 405,
						"method-not-allowed"),
				new Refused("a multipart body that is none", "tina", "POST", attachments,
						BodyPublishers.ofString("not a multipart body"), 400, "not-multipart", "Content-Type",
						"multipart/form-data"),
				new Refused("a body past the limit", "tina", "POST", "/api/orders",
						BodyPublishers.ofString("{\"notes\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}"), 413,
						"too-large", "Content-Type", "application/json"),
				new Refused("the webapps' first-administrator setup", null, "POST",
						"/camunda/api/admin/setup/default/user/create", BodyPublishers.ofString("{}"), 403,
						"setup-closed", "Content-Type", "application/json"),
				new Refused("a query parameter the address does not take", "tina", "GET",
						"/api/reports/cycle-times?form=2026-01-01", null, 400, "query-refused"),
				new Refused("an address with an encoded slash", "tina", "GET", "/api/orders/..%2F..%2Fetc", null, 400,
						"unreadable-request"),
				new Refused("an address with a NUL", "tina", "GET", "/api/orders/%00", null, 400, "unreadable-request"),
				new Refused("a header past the server's limit", "tina", "GET", "/api/orders", null, 400,
						"unreadable-request", "X-Note", "x".repeat(20_000)),
				new Refused("a path number that is no number", "sally", "DELETE", "/api/organisation/changes/abc", null,
						400, "bad-parameter"),
				new Refused("the webapps' engine API without a session", null, "POST",
						"/camunda/api/engine/engine/default/task", BodyPublishers.ofString("{}"), 401, "login-needed",
						"Content-Type", "application/json"),
				new Refused("a webapp login without the page's CSRF token", null, "POST",
						"/camunda/api/admin/auth/user/default/login/tasklist",
						BodyPublishers.ofString("username=tina&password=x"), 403, "csrf-token-needed", "Content-Type",
						"application/x-www-form-urlencoded"));
	}

	@Test
	void eachIsAProblemInTheCallersLanguageWithTheSameCode() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Refused refused : refusals()) {
			for (String language : List.of("zh-CN", "en")) {
				Http http = new Http(this.port).inLanguage(language);
				if (refused.user() != null) {
					http = http.as(refused.user());
				}
				HttpResponse<String> answer = http.send(refused.method(), refused.path(), refused.body(),
						refused.headers());
				String problem = check(refused, language, answer);
				if (problem != null) {
					wrong.add(refused.what() + " in " + language + ": " + problem + " (" + answer.statusCode() + " "
							+ answer.body() + ")");
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aPathNumberThatIsNoNumberIsNamedAsTheField() throws Exception {
		HttpResponse<String> answer = new Http(this.port).as("sally")
			.send("DELETE", "/api/organisation/changes/12x", null);

		JsonNode problem = Http.json(answer, 400);
		assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("id");
		assertThat(problem.get("errors").findValuesAsText("code")).containsExactly("whole-number");
	}

	@Test
	void everyProblemOfAQueryIsNamedAtOnce() throws Exception {
		Http tina = new Http(this.port).as("tina");

		JsonNode orders = Http.json(tina.get("/api/orders?sttus=CLOSED&status=FOO&channel=PHONE&from=2026-12-31"
				+ "&to=2026-01-01&size=abc&page=-1"), 400);
		JsonNode cycleTimes = Http.json(
				tina.get("/api/reports/cycle-times?form=2026-01-01&from=1.1.2026&to=31%2F12" + "&channel=DIRECT"), 400);
		JsonNode twice = Http.json(tina.get("/api/orders?status=CLOSED&status=FOO"), 400);
		String undecodable = rawGet("/api/orders?%ZZ=1", "tina");
		JsonNode twiceTyped = Http.json(tina.get("/api/reports/cycle-times?rep=a&rep=b&channel=DIRECT"), 400);
		JsonNode returns = Http.json(tina.get("/api/returns?status=FOO"), 400);
		JsonNode rollup = Http.json(tina.inLanguage("zh-CN").get("/api/forecasts/rollup"), 422);
		JsonNode none = Http.json(tina.inLanguage("zh-CN").get("/api/products?sku=P-1"), 400);
		JsonNode known = Http.json(tina.get("/api/orders?status=CLOSED&channel=DIRECT&from=2026-01-01&to=2026-12-31"),
				200);
		JsonNode chinese = Http.json(tina.inLanguage("zh-CN").get("/api/reports/cycle-times?form=2026-01-01"), 400);

		assertThat(orders.get("code").asText()).isEqualTo("list-refused");
		assertThat(orders.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("sttus", "status",
				"channel", "to", "size", "page");
		assertThat(orders.get("errors").findValuesAsText("code")).contains("unknown-parameter", "one-of");
		assertThat(orders.get("errors").toString()).contains("SUBMITTED", "CREDIT_HOLD", "status", "customer");
		assertThat(cycleTimes.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("form", "from", "to");
		assertThat(cycleTimes.get("errors").findValuesAsText("code")).containsExactlyInAnyOrder("unknown-parameter",
				"date-format-end", "date-format-end");
		assertThat(twice.get("errors").findValuesAsText("field")).containsExactly("status");
		assertThat(twice.get("errors").findValuesAsText("code")).containsExactly("given-twice");
		assertThat(undecodable).startsWith("HTTP/1.1 400").contains("\"field\":\"%ZZ\"", "unreadable-name");
		assertThat(twiceTyped.get("errors").findValuesAsText("field")).containsExactly("rep");
		assertThat(none.get("errors").get(0).get("message").asText()).isEqualTo("不是此地址的参数：此地址不接受查询参数");
		assertThat(returns.get("errors").findValuesAsText("field")).containsExactly("status");
		assertThat(returns.get("errors").get(0).get("message").asText()).contains("REQUESTED", "CLOSED");
		assertThat(rollup.get("errors").findValuesAsText("field")).containsExactly("period");
		assertThat(rollup.get("errors").findValuesAsText("code")).containsExactly("required");
		assertThat(rollup.toString()).doesNotContain("null");
		assertThat(known.get("total").asLong()).isZero();
		assertThat(chinese.get("detail").asText()).doesNotContainPattern("[A-Za-z]{3,}");
		assertThat(chinese.get("errors").get(0).get("message").asText()).contains("from", "to")
			.containsPattern("\\p{IsHan}");
	}

	/** A GET sent as it is written, which the JDK's client would refuse to send. */
	private String rawGet(String path, String user) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			String credentials = Base64.getEncoder()
				.encodeToString((user + ":" + TestUsers.password(user)).getBytes(StandardCharsets.UTF_8));
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
						+ "Accept-Language: en\r\nAuthorization: Basic " + credentials
						+ "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String check(Refused refused, String language, HttpResponse<String> answer) throws Exception {
		if (answer.statusCode() != refused.status()) {
			return "status " + answer.statusCode() + " instead of " + refused.status();
		}
		String type = answer.headers().firstValue("Content-Type").orElse("");
		if (!type.startsWith("application/problem+json")) {
			return "answered as " + type;
		}
		JsonNode body = JSON.readTree(answer.body());
		if (!refused.code().equals(body.path("code").asText())) {
			return "code " + body.path("code") + " instead of " + refused.code();
		}
		String words = body.path("title").asText() + " " + body.path("detail").asText();
		if (body.path("title").asText().isEmpty() || body.path("detail").asText().isEmpty()) {
			return "no title or no detail";
		}
		if (words.contains("java.") || words.contains("Exception")) {
			return "names a Java type";
		}
		boolean chinese = words.codePoints()
			.anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		if (language.equals("zh-CN") != chinese) {
			return "not in " + language;
		}
		// the webapps log in with a form: a challenge would make the browser ask instead
		if (refused.status() == 401 && !refused.path().startsWith("/camunda/")
				&& answer.headers().firstValue("WWW-Authenticate").isEmpty()) {
			return "no WWW-Authenticate";
		}
		return null;
	}

}
