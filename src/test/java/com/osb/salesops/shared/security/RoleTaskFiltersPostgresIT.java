package com.osb.salesops.shared.security;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist as each role opens it: its own task lists only, each card naming the order,
 * the customer and the amount, approvers' queues oldest first; the lists name the caller
 * with the two expressions that run nothing else, and no other expression gets through.
 */
class RoleTaskFiltersPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	String number;

	@BeforeEach
	void anOrderWaitingForTheAssistant() throws Exception {
		OrderDesk.hireCrew(this.identityService);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.number = new OrderDesk(this.port).submit(customers.creditworthyCustomer(), customers.product(), 2);
	}

	@Test
	void eachRoleSeesItsOwnListsOnly() {
		assertThat(filterNames("asha")).contains("My tasks", "Sales assistant queue, oldest first")
			.doesNotContain("Finance queue, oldest first", "Sales manager approvals, oldest first");
		assertThat(filterNames("fiona")).contains("My tasks", "Finance queue, oldest first")
			.doesNotContain("Sales assistant queue, oldest first");
		assertThat(filterNames("mark")).contains("Sales manager approvals, oldest first");
	}

	@ParameterizedTest
	@ValueSource(strings = { "My tasks", "Sales assistant queue, oldest first" })
	void theAssistantsListsShowTheOrderOnEachCard(String name) {
		Http asha = new Http(this.port).as("asha");
		JsonNode filter = filter("asha", name);

		HttpResponse<String> listed = asha
			.postJson("/engine-rest/filter/" + filter.get("id").asText() + "/list?maxResults=50", "{}");

		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		JsonNode tasks = Http.json(listed, 200);
		assertThat(tasks).isNotEmpty();
		JsonNode task = null;
		for (JsonNode each : tasks) {
			task = each.get("name").asText().contains(this.number) ? each : task;
		}
		assertThat(task).as("the order's task in the list").isNotNull();
		assertThat(task.get("name").asText()).startsWith("Review contract: " + this.number + ", ").endsWith(" CNY");
		List<String> card = new ArrayList<>();
		filter.get("properties").get("variables").forEach((variable) -> card.add(variable.get("name").asText()));
		assertThat(card).containsExactly("orderNumber", "customerName", "orderTotalText", "dueText");
		JsonNode variables = Http.json(asha.get("/engine-rest/task/" + task.get("id").asText() + "/variables"), 200);
		assertThat(variables.get("orderNumber").get("value").asText()).isEqualTo(this.number);
		assertThat(variables.get("orderTotalText").get("value").asText()).matches("\\d{1,3}(,\\d{3})*\\.\\d{2} CNY");
		assertThat(variables.get("dueText").get("value").asText())
			.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 中国标准时间 \\(UTC\\+08:00\\)");
	}

	@Test
	void approversQueuesAreSoonestDueThenOldestFirst() {
		JsonNode filter = filter("mark", "Sales manager approvals, oldest first");

		JsonNode sorting = filter.get("query").get("sorting");

		assertThat(sorting.findValuesAsText("sortBy")).containsExactly("dueDate", "created");
		assertThat(sorting.findValuesAsText("sortOrder")).containsExactly("asc", "asc");
	}

	@Test
	void aListMayNameTheCallerButRunNothingElse() {
		Http rep = new Http(this.port).as("tina");

		HttpResponse<String> naming = rep.postJson("/engine-rest/filter/create", """
				{"resourceType": "Task", "name": "mine", "query": {"assigneeExpression": "${currentUser()}"}}""");
		HttpResponse<String> running = rep.postJson("/engine-rest/filter/create", """
				{"resourceType": "Task", "name": "mine too",
				 "query": {"assigneeExpression": "${currentUser().getClass()}"}}""");
		HttpResponse<String> spaced = rep.post("/engine-rest/task", "application/json",
				BodyPublishers.ofString("{\"assigneeExpression\": \"${ currentUser() }\"}"));

		assertThat(naming.statusCode()).as(naming.body()).isIn(200, 403);
		assertThat(running.statusCode()).as(running.body()).isIn(400, 403);
		assertThat(spaced.statusCode()).as(spaced.body()).isEqualTo(400);
	}

	private List<String> filterNames(String user) {
		List<String> names = new ArrayList<>();
		Http.json(new Http(this.port).as(user).get("/engine-rest/filter?resourceType=Task&maxResults=100"), 200)
			.forEach((filter) -> names.add(filter.get("name").asText()));
		return names;
	}

	private JsonNode filter(String user, String name) {
		for (JsonNode filter : Http
			.json(new Http(this.port).as(user).get("/engine-rest/filter?resourceType=Task&maxResults=100"), 200)) {
			if (filter.get("name").asText().equals(name)) {
				return filter;
			}
		}
		throw new AssertionError(user + " cannot see the list " + name);
	}

}
