package com.osb.salesops.ordertocash.api;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The order pages over HTTP on PostgreSQL: a rep logged in to the webapps submits a new
 * order and revises one sent back from the product's own pages, with the session and its
 * CSRF token; without the token, or in a role that does not sell, nothing is written.
 */
class OrderPagesPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	CustomerFixture customers;

	@BeforeEach
	void crew() {
		this.customers = new CustomerFixture(this.jdbc);
		OrderDesk.hireCrew(this.identityService);
	}

	@Test
	void aRepLoggedInSubmitsAnOrderFromTheOrderPageOnlyWithTheSessionsCsrfToken() throws Exception {
		// given tina logged in to Tasklist in a Chinese browser
		String customer = this.customers.creditworthyCustomer();
		String sku = this.customers.product();
		Http browser = loggedIn("tina");
		String order = """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 2, "unitPrice": 600}]}""".formatted(customer,
				sku);

		// when
		HttpResponse<String> page = browser.get("/orders/new");
		HttpResponse<String> forged = browser.postJson("/api/orders", order);
		HttpResponse<String> bad = browser.postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 0, "unitPrice": 600}]}""".formatted(customer,
				sku), browser.csrfToken());
		HttpResponse<String> fromThePage = browser.postJson("/api/orders", order, browser.csrfToken());
		String returned = """
				{"orderNumber": "%s", "reason": "DAMAGED", "lines": [{"lineNo": 1, "quantity": 1}]}"""
			.formatted(Http.json(fromThePage, 201).get("number").asText());
		HttpResponse<String> forgedReturn = browser.postJson("/api/returns", returned);
		HttpResponse<String> returnFromThePage = browser.postJson("/api/returns", returned, browser.csrfToken());

		// then
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("新建订单", browser.csrfToken(), "lang=\"zh-CN\"", "直销").doesNotContain("{{");
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forgedReturn.statusCode()).isEqualTo(401);
		assertThat(Http.json(returnFromThePage, 422).get("errors").findValuesAsText("field"))
			.containsExactly("orderNumber");
		assertThat(bad.statusCode()).isEqualTo(422);
		assertThat(Http.json(bad, 422).get("errors").findValuesAsText("field")).containsExactly("lines[0].quantity");
		JsonNode created = Http.json(fromThePage, 201);
		assertThat(this.jdbc.queryForList("select created_by from sales_order where number = ?", String.class,
				created.get("number").asText()))
			.containsExactly("tina");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sales_order o join customer c on c.id = o.customer_id where c.code = ?",
				Integer.class, customer))
			.isOne();
	}

	@Test
	void aRepRevisesAnOrderSentBackFromTheRevisePageAndTheFormLinksToIt() throws Exception {
		// given an order of tina's sent back by the manager
		OrderDesk desk = new OrderDesk(this.port);
		String sku = this.customers.product();
		String number = desk.submit(this.customers.creditworthyCustomer(), sku, 2);
		desk.complete("asha", number, "Task_ReviewContract", "{\"contractReviewed\": {\"value\": true}}");
		desk.complete("mark", number, "Task_ApproveOrder", """
				{"approvalDecision": {"value": "SEND_BACK"}, "approvalReason": {"value": "Three, not two"}}""");
		String task = org.awaitility.Awaitility.await()
			.until(() -> desk.taskId("tina", number, "Task_ReviseOrder"), (id) -> id != null);
		Http browser = loggedIn("tina");

		// when
		JsonNode variables = Http.json(desk.as("tina").get("/engine-rest/task/" + task + "/form-variables"), 200);
		HttpResponse<String> page = browser.get("/orders/" + number + "/revise");
		HttpResponse<String> revised = browser.send("PUT", "/api/orders/" + number,
				java.net.http.HttpRequest.BodyPublishers.ofString("""
						{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 3, "unitPrice": 600}]}"""
					.formatted(desk.order(number).get("customerCode").asText(), sku)),
				"Content-Type", "application/json", "X-XSRF-TOKEN", browser.csrfToken());
		HttpResponse<String> unknown = browser.get("/orders/no%20such/revise");
		HttpResponse<String> ownPage = browser.get("/orders/" + number);
		HttpResponse<String> strangePage = browser.get("/orders/no%20such");

		// then
		assertThat(variables.get("revisePageUrl").get("value").asText()).isEqualTo("/orders/" + number + "/revise");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("修改订单", number);
		assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
		assertThat(Http.json(revised, 200).get("lines").findValuesAsText("quantity")).containsExactly("3");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(ownPage.statusCode()).isEqualTo(200);
		assertThat(ownPage.body()).contains("<title>订单 " + number + "</title>", "处理记录", "\"total\":\"合计\"");
		assertThat(strangePage.statusCode()).isEqualTo(404);
	}

	@Test
	void aSessionThatDoesNotSellWritesNoOrderAndALoggedOutPageAsksForALogin() throws Exception {
		// given kurt of the warehouse logged in, and a browser not logged in
		String customer = this.customers.creditworthyCustomer();
		Http keeper = loggedIn("kurt");
		Http stranger = new Http(this.port).inLanguage("zh-CN");

		// when
		HttpResponse<String> returnByKeeper = keeper.postJson("/api/returns", """
				{"orderNumber": "SC1", "reason": "DAMAGED", "lines": [{"lineNo": 1, "quantity": 1}]}""",
				keeper.csrfToken());
		HttpResponse<String> byKeeper = keeper.postJson("/api/orders", """
				{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 2, "unitPrice": 600}]}""".formatted(customer,
				this.customers.product()), keeper.csrfToken());
		HttpResponse<String> page = stranger.get("/orders/new");

		// then
		assertThat(byKeeper.statusCode()).isEqualTo(403);
		assertThat(returnByKeeper.statusCode()).isEqualTo(403);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("data-logged-in=\"false\"");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from sales_order o join customer c on c.id = o.customer_id where c.code = ?",
				Integer.class, customer))
			.isZero();
	}

	private Http loggedIn(String user) {
		Http browser = new Http(this.port).inLanguage("zh-CN");
		browser.get("/camunda/app/tasklist/default/");
		browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
				"username=" + user + "&password=" + TestUsers.password(user), browser.csrfToken());
		// the new session's CSRF token comes with its first page of Tasklist
		browser.get("/camunda/app/tasklist/default/");
		return browser;
	}

}
