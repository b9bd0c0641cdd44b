package com.osb.salesops.approvals.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One task handed to a colleague over the API: the people it may go to are listed for the
 * person who holds it, by name; the task goes to one of them with a reason, and comes
 * back to its owner once answered. Nobody else learns who they are.
 */
class DelegationPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	TaskService taskService;

	@Test
	void aManagerHandsAnApprovalToAColleagueOfTheSameOrAHigherRoleChosenFromTheList() throws Exception {
		// given an order of tina's waiting for the managers, a second manager, a director
		// and another rep
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "mona", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "dirk", Roles.SALES_DIRECTOR);
		TestUsers.ensure(this.identityService, "tom", Roles.SALES_REP);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk desk = new OrderDesk(this.port);
		String task = desk.awaitingApproval(customers.creditworthyCustomer(), customers.product());
		String path = "/api/tasks/" + task + "/delegation";

		// when mark asks who may take it
		JsonNode delegates = Http.json(desk.as("mark").get(path), 200);

		// then the other manager and the director, by name; not himself, not the order's
		// rep, not a rep, an assistant or the warehouse
		assertThat(delegates.findValuesAsText("userId")).contains("mona", "dirk")
			.doesNotContain("mark", "tina", "tom", "asha", "kurt", "fiona");
		for (JsonNode delegate : delegates) {
			assertThat(delegate.get("name").asText()).as(delegate.toString()).isNotBlank();
		}
		// and someone the task is not offered to learns nothing of it
		assertThat(desk.as("tom").get(path).statusCode()).isEqualTo(404);
		assertThat(desk.as("asha").get(path).statusCode()).isEqualTo(404);

		// and the order's own rep is refused, naming the field, the task left as it was
		assertThat(Http.json(desk.as("mark").postJson(path, "{\"delegate\": \"tina\", \"reason\": \"x\"}"), 422)
			.findValuesAsText("field")).isNotEmpty().containsOnly("delegate");
		assertThat(this.taskService.createTaskQuery().taskId(task).singleResult().getOwner()).isNull();

		// when he hands it to the director with a reason
		JsonNode delegated = Http
			.json(desk.as("mark").postJson(path, "{\"delegate\": \"dirk\", \"reason\": \"On a customer visit\"}"), 200);

		// then the director holds it for him
		Task held = this.taskService.createTaskQuery().taskId(task).singleResult();
		assertThat(delegated.get("delegate").asText()).isEqualTo("dirk");
		assertThat(held.getAssignee()).isEqualTo("dirk");
		assertThat(held.getOwner()).isEqualTo("mark");
		// and the task says who handed it to whom and why, as Tasklist shows it to them
		assertThat(held.getDescription()).contains("委托", "On a customer visit");
	}

}
