package com.osb.salesops.masterdata.api;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers through the API: each rep sees their own, the back office all; a request on
 * an account starts its approval, and a bad one is refused naming every field.
 */
class CustomerApiPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	TaskService taskService;

	String tinas;

	String toms;

	@BeforeEach
	void customers() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.tinas = customers.code(customers.customer("T01"));
		this.toms = customers.code(customers.customer("T02"));
		TestUsers.ensure(this.identityService, "tina", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);
		TestUsers.ensure(this.identityService, "kim", Roles.WAREHOUSE);
	}

	@Test
	void aRepSeesOnlyTheirOwnCustomersAndFinanceSeesAll() {
		// given
		Http tina = new Http(this.port).as("tina", "tina-secret-1");
		Http fiona = new Http(this.port).as("fiona", "fiona-secret-1");

		// when
		JsonNode tinasList = Http.json(tina.get("/api/customers"), 200);
		JsonNode all = Http.json(fiona.get("/api/customers"), 200);

		// then
		assertThat(tinasList.findValuesAsText("code")).contains(this.tinas).doesNotContain(this.toms);
		assertThat(all.findValuesAsText("code")).contains(this.tinas, this.toms);
		assertThat(tina.get("/api/customers/" + this.toms).statusCode()).isEqualTo(404);
		JsonNode tinas = Http.json(tina.get("/api/customers/" + this.tinas), 200);
		assertThat(tinas.get("repId").asText()).isEqualTo("T01");
		// the rep named, as a person reads the account
		assertThat(tinas.get("repName").asText()).isEqualTo("Tina");
		assertThat(new Http(this.port).as("kim", "kim-secret-1").get("/api/customers").statusCode()).isEqualTo(403);
	}

	@Test
	void aRepAsksToOpenAnAccountAndTheSalesManagerIsAsked() {
		// given
		Http tina = new Http(this.port).as("tina", "tina-secret-1");

		// when
		HttpResponse<String> created = tina.postJson("/api/customers/requests", """
				{"requestType": "OPEN", "legalName": "Weihai Marine", "taxNumber": "91371000MA3C00012W",
				 "customerType": "KEY_ACCOUNT", "invoiceAddress": "9 Haibin Road, Weihai", "bankAccount": "6222 1",
				 "contactName": "Liu Yang", "contactPhone": "138 0000 0009", "deliveryAddress": "Pier 2, Weihai",
				 "receivingContact": "Liu Yang", "unloadingHours": "Mon-Fri 09:00-17:00", "preferredCarrier": "ZTO"}
				""");

		// then
		JsonNode answer = Http.json(created, 201);
		assertThat(this.taskService.createTaskQuery()
			.processInstanceId(answer.get("requestId").asText())
			.taskDefinitionKey("Task_ReviewRequest")
			.taskCandidateGroup(Roles.SALES_MANAGER)
			.count()).isOne();
		assertThat(
				this.jdbc.queryForObject("select count(*) from customer where name = 'Weihai Marine'", Integer.class))
			.isZero();
	}

	@Test
	void aBadRequestNamesEveryField() {
		// given
		Http tina = new Http(this.port).as("tina", "tina-secret-1");

		// when
		HttpResponse<String> malformed = tina.postJson("/api/customers/requests",
				"{\"requestType\": \"CLOSE\", \"email\": \"not an address\", \"customerType\": \"RETAIL\"}");
		HttpResponse<String> incomplete = tina.postJson("/api/customers/requests",
				"{\"requestType\": \"OPEN\", \"legalName\": \"Rongcheng Fish\", \"taxNumber\": \"91371000MA3C000129\"}");

		// then
		assertThat(Http.json(malformed, 422).get("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("requestType", "email", "customerType");
		assertThat(Http.json(incomplete, 422).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
				"taxNumber", "customerType", "invoiceAddress", "bankAccount", "contactName", "contactPhone",
				"deliveryAddress", "receivingContact");
	}

}
