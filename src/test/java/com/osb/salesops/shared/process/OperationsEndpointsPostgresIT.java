package com.osb.salesops.shared.process;

import java.net.http.HttpResponse;

import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operations read from the running application on PostgreSQL: health and its
 * readiness and liveness groups for anyone, metrics with the engine's and the business's
 * gauges for operations and administrators only.
 */
@AutoConfigureObservability
class OperationsEndpointsPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Test
	void healthAndItsProbesAnswerAnyoneWithNoDetail() {
		Http anyone = new Http(this.port);

		for (String path : new String[] { "/actuator/health", "/actuator/health/readiness",
				"/actuator/health/liveness" }) {
			HttpResponse<String> health = anyone.get(path);
			assertThat(health.statusCode()).as(path + ": " + health.body()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
		}
	}

	@Test
	void metricsShowTheOrderBookAndTheEngineToOperationsOnly() throws Exception {
		// given an order waiting for its contract review
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "otto", Roles.OPERATIONS);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		new OrderDesk(this.port).submit(customers.creditworthyCustomer(), customers.product(), 1);

		// when
		HttpResponse<String> stranger = new Http(this.port).get("/actuator/prometheus");
		HttpResponse<String> rep = new Http(this.port).as("tina").get("/actuator/prometheus");
		HttpResponse<String> operations = new Http(this.port).as("otto").get("/actuator/prometheus");
		HttpResponse<String> info = new Http(this.port).as("tina").get("/actuator/info");

		// then
		assertThat(stranger.statusCode()).isEqualTo(401);
		assertThat(rep.statusCode()).isEqualTo(403);
		assertThat(info.statusCode()).isEqualTo(403);
		assertThat(operations.statusCode()).as(operations.body()).isEqualTo(200);
		assertThat(operations.body())
			.containsPattern("salesops_orders_open\\{[^}]*state=\"CREDIT_CLEARED\"[^}]*\\} [1-9]")
			.contains("salesops_engine_incidents", "salesops_engine_failed_jobs", "salesops_engine_due_jobs",
					"salesops_notifications_backlog", "jvm_memory_used_bytes", "hikaricp_connections");
	}

}
