package com.osb.salesops.shared.process;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.PostgresServer;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operations read from the running application on PostgreSQL: health and its
 * readiness and liveness groups for anyone, metrics with the engine's and the business's
 * gauges for operations and administrators only; the API's contract for its users;
 * readiness that follows the database.
 */
@AutoConfigureObservability
@TestPropertySource(properties = { "logging.structured.format.file=ecs",
		"logging.file.name=" + OperationsEndpointsPostgresIT.LOG_FILE })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsEndpointsPostgresIT extends PostgresIntegrationTest {

	static final String LOG_FILE = "target/operations-endpoints-it.log";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping endpoints;

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
		JsonNode about = Http.json(new Http(this.port).as("otto").get("/actuator/info"), 200);
		assertThat(about.at("/build/artifact").asText()).isEqualTo("salesops");
		assertThat(about.at("/models/processes/order-to-remittance").asInt()).isPositive();
		assertThat(about.at("/models/decisions/order-approval-level").asInt()).isPositive();
		assertThat(operations.body())
			.containsPattern("salesops_orders_open\\{[^}]*state=\"CREDIT_CLEARED\"[^}]*\\} [1-9]")
			.contains("salesops_engine_incidents", "salesops_engine_failed_jobs", "salesops_engine_due_jobs",
					"salesops_notifications_backlog", "jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void theApiDocumentDescribesEveryEndpointItsBodyAndItsRefusals() {
		// given
		OrderDesk.hireCrew(this.identityService);

		// when
		HttpResponse<String> stranger = new Http(this.port).get("/v3/api-docs");
		JsonNode document = Http.json(new Http(this.port).as("tina").get("/v3/api-docs"), 200);
		HttpResponse<String> explorer = new Http(this.port).as("tina").get("/swagger-ui/index.html");

		// then
		assertThat(stranger.statusCode()).isEqualTo(401);
		assertThat(explorer.statusCode()).isEqualTo(200);
		assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText())
			.isEqualTo("basic");
		List<String> missing = new ArrayList<>();
		int described = 0;
		for (var entry : this.endpoints.getHandlerMethods().entrySet()) {
			RequestMappingInfo mapping = entry.getKey();
			boolean body = Arrays.stream(entry.getValue().getMethodParameters())
				.anyMatch((parameter) -> parameter.hasParameterAnnotation(RequestBody.class));
			for (String path : mapping.getPatternValues()) {
				if (!path.startsWith("/api/")) {
					continue;
				}
				Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
				for (RequestMethod method : methods) {
					JsonNode operation = document.path("paths").path(path).path(method.name().toLowerCase());
					String name = method + " " + path;
					if (operation.isMissingNode()) {
						missing.add(name + ": not described");
						continue;
					}
					described++;
					for (String status : List.of("401", "403", "404")) {
						if (operation.path("responses").path(status).isMissingNode()) {
							missing.add(name + ": no " + status + " answer");
						}
					}
					if (body && operation.path("requestBody").path("content").isMissingNode()) {
						missing.add(name + ": no request body");
					}
					if (body && operation.path("responses").path("422").isMissingNode()) {
						missing.add(name + ": no 422 answer");
					}
				}
				if (methods.isEmpty()) {
					missing.add(path + ": answers every HTTP method");
				}
			}
		}
		assertThat(missing).isEmpty();
		assertThat(described).isGreaterThanOrEqualTo(30);
		assertThat(document.findValues("422")).isNotEmpty()
			.allMatch((refusal) -> refusal.at("/content/application~1problem+json/schema/properties/errors/items")
				.path("properties")
				.has("field"));
	}

	@Test
	void structuredLogsAreJsonAndNameTheOrderTheyAreAbout() throws Exception {
		// given
		OrderDesk.hireCrew(this.identityService);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk desk = new OrderDesk(this.port);

		// when
		String number = desk.submit(customers.creditworthyCustomer(), customers.product(), 1);
		desk.order(number);

		// then every line is a JSON object, and the order's lines name it
		ObjectMapper json = new ObjectMapper();
		List<JsonNode> lines = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(LOG_FILE))) {
			if (!line.isBlank()) {
				lines.add(json.readTree(line));
			}
		}
		assertThat(lines).isNotEmpty().allMatch(JsonNode::isObject).allMatch((line) -> line.has("@timestamp"));
		List<JsonNode> aboutTheOrder = lines.stream()
			.filter((line) -> number.equals(line.path("orderNumber").asText())
					|| number.equals(line.path("businessKey").asText()))
			.toList();
		assertThat(aboutTheOrder).extracting((line) -> line.path("message").asText())
			.anyMatch((message) -> message.contains(number));
	}

	/** Last: it stops the database for a while. */
	@Test
	@Order(Integer.MAX_VALUE)
	void readinessIsDownWhileTheDatabaseIsAwayAndUpWhenItIsBack() throws Exception {
		Http anyone = new Http(this.port);
		assertThat(anyone.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

		// when
		Runnable restart = PostgresServer.stop();
		int whileAway;
		int liveWhileAway;
		List<HttpResponse<String>> refused = new ArrayList<>();
		try {
			whileAway = awaitStatus(anyone, 503, Duration.ofSeconds(30));
			liveWhileAway = anyone.get("/actuator/health/liveness").statusCode();
			refused.add(new Http(this.port).as("tina")
				.postJson("/api/orders",
						"{\"customerCode\": \"C001\", \"lines\": [{\"sku\": \"SKU-1\", \"quantity\": 1}]}"));
			refused.add(new Http(this.port).as("tina").get("/api/orders"));
			refused.add(new Http(this.port).as("mark").get("/engine-rest/task"));
		}
		finally {
			restart.run();
		}
		int back = awaitStatus(anyone, 200, Duration.ofSeconds(60));

		// then
		assertThat(whileAway).isEqualTo(503);
		assertThat(liveWhileAway).as("a node without its database is not restarted").isEqualTo(200);
		assertThat(refused).as("requests while the database is away are asked to come back, never failed")
			.allSatisfy((answer) -> {
				assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
				assertThat(answer.headers().firstValue("Retry-After")).isPresent();
				assertThat(Http.json(answer, 503).path("code").asText()).isEqualTo("busy");
			});
		assertThat(back).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from salesops_schema_history", Integer.class))
			.isPositive();
	}

	private static int awaitStatus(Http http, int wanted, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		int status = -1;
		while (System.nanoTime() < deadline) {
			status = http.get("/actuator/health/readiness").statusCode();
			if (status == wanted) {
				return status;
			}
			Thread.sleep(250);
		}
		return status;
	}

}
