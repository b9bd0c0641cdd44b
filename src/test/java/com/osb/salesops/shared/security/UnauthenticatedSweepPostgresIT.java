package com.osb.salesops.shared.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.osb.salesops.support.PostgresIntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address the application answers, called by a stranger with each of its methods:
 * nothing but health answers 2xx, nothing answers 500. The application's own endpoints
 * are read from its request mappings, so a new one is swept without being listed here;
 * the engine's REST API by its resources.
 */
class UnauthenticatedSweepPostgresIT extends PostgresIntegrationTest {

	private static final List<String> ENGINE = List.of("/engine-rest/engine", "/engine-rest/task",
			"/engine-rest/task/count", "/engine-rest/task/x", "/engine-rest/task/x/complete",
			"/engine-rest/task/x/variables", "/engine-rest/process-definition",
			"/engine-rest/process-definition/key/order-to-remittance/start", "/engine-rest/process-instance",
			"/engine-rest/process-instance/x/variables", "/engine-rest/execution", "/engine-rest/deployment",
			"/engine-rest/deployment/create", "/engine-rest/decision-definition",
			"/engine-rest/decision-definition/key/credit-limit/evaluate", "/engine-rest/filter",
			"/engine-rest/filter/x/list", "/engine-rest/filter/create", "/engine-rest/user", "/engine-rest/group",
			"/engine-rest/authorization", "/engine-rest/history/process-instance", "/engine-rest/history/task",
			"/engine-rest/history/variable-instance", "/engine-rest/job", "/engine-rest/incident",
			"/engine-rest/message", "/engine-rest/signal", "/engine-rest/external-task/fetchAndLock",
			"/engine-rest/metrics", "/engine-rest/identity/groups?userId=admin", "/engine-rest/variable-instance",
			"/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/filter",
			"/camunda/api/admin/auth/user/default", "/camunda/api/cockpit/plugin/base/default/process-definition",
			"/actuator/env", "/actuator/beans", "/actuator/metrics", "/actuator/prometheus");

	private static final Set<String> PUBLIC = Set.of("/actuator/health");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@TestFactory
	Stream<DynamicTest> noStrangerGetsA2xxOrA500() {
		List<DynamicTest> tests = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]+}", "SC20261116DD0001");
				if (PUBLIC.contains(path) || !path.startsWith("/api")) {
					continue;
				}
				for (RequestMethod verb : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					tests.add(DynamicTest.dynamicTest(verb + " " + path, () -> refused(verb.name(), path)));
				}
			}
		});
		for (String path : ENGINE) {
			for (String verb : List.of("GET", "POST", "PUT", "DELETE")) {
				tests.add(DynamicTest.dynamicTest(verb + " " + path, () -> refused(verb, path)));
			}
		}
		assertThat(tests).hasSizeGreaterThan(150);
		return tests.stream();
	}

	private void refused(String verb, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.method(verb,
					verb.equals("GET") || verb.equals("DELETE") ? BodyPublishers.noBody()
							: BodyPublishers.ofString("{}"))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, BodyHandlers.ofString());
		assertThat(response.statusCode()).as(verb + " " + path + ": " + response.body()).isIn(401, 403, 404, 405);
	}

}
