package com.osb.salesops.shared.security;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of {@code /api} that takes a body, sent each of its fields missing, of
 * the wrong type, too large, too long and in a bad encoding: only 400, 413 or 422, the
 * field named where a field is at fault, and nothing stored.
 */
class ApiFuzzPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	String customerCode;

	String sku;

	String orderNumber;

	@BeforeEach
	void companyAndPeople() throws Exception {
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "sally", Roles.SALES_OPS);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.customerCode = customers.creditworthyCustomer();
		this.sku = customers.product();
		this.orderNumber = new OrderDesk(this.port).submit(this.customerCode, this.sku, 1);
	}

	/** An endpoint, who calls it, a valid body, and which of its fields are required. */
	private record Endpoint(String user, String path, String body, List<String> required) {
	}

	private List<Endpoint> endpoints() {
		return List.of(
				new Endpoint("tina", "/api/orders",
						"""
								{"customerCode": "%s", "requestedDate": "2027-01-15",
								 "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500, "discountPercent": 0}]}"""
							.formatted(this.customerCode, this.sku),
						List.of("customerCode", "lines", "sku", "quantity", "unitPrice")),
				new Endpoint("tina", "PUT /api/orders/" + this.orderNumber,
						"""
								{"customerCode": "%s", "requestedDate": "2027-01-15",
								 "lines": [{"sku": "%s", "quantity": 2, "unitPrice": 500, "discountPercent": 0}]}"""
							.formatted(this.customerCode, this.sku),
						List.of("customerCode", "lines", "sku", "quantity", "unitPrice")),
				new Endpoint("tina", "/api/returns", """
						{"orderNumber": "%s", "reason": "OTHER", "reasonText": "Too many",
						 "lines": [{"lineNo": 1, "quantity": 1}]}""".formatted(this.orderNumber),
						List.of("orderNumber", "reason", "lines", "lineNo", "quantity")),
				new Endpoint("fiona", "/api/orders/" + this.orderNumber + "/events", """
						{"type": "PAYMENT_RECEIVED", "amount": 10, "reference": "WIRE-1"}""",
						List.of("type", "amount", "reference")),
				new Endpoint("sally", "/api/credit/evaluations", """
						{"trailing12mNetSales": 1200000, "avgDaysLate": 3, "maxOverdueDays": 0, "yearsAsCustomer": 5,
						 "growthPotential": "HIGH", "manualAdjustment": 0}""",
						List.of("trailing12mNetSales", "avgDaysLate", "maxOverdueDays", "yearsAsCustomer",
								"growthPotential")),
				new Endpoint("sally", "/api/quota/simulations", """
						{"target": 1000000, "reps": [
						  {"id": "R1", "lastYearActual": 400000, "potential": 500000, "tenureMonths": 24},
						  {"id": "R2", "lastYearActual": 300000, "potential": 100000, "tenureMonths": 24}]}""",
						List.of("target", "reps", "id", "lastYearActual", "potential", "tenureMonths")),
				new Endpoint("sally", "/api/incentive/simulations", """
						{"quota": 100000, "targetIncentive": 10000, "credited": 130000, "newCustomers": 0}""",
						List.of("quota", "targetIncentive", "credited")),
				new Endpoint("sally", "/api/incentive/plan-comparisons", """
						{"plan": {"accelerator": 3, "cap": 2},
						 "reps": [{"id": "R1", "quota": 100000, "targetIncentive": 10000, "credited": 130000,
						           "newCustomers": 0}]}""",
						List.of("reps", "id", "quota", "targetIncentive", "credited")));
	}

	@TestFactory
	Stream<DynamicTest> everyFieldOfEveryEndpointMissingWrongTooLargeTooLongOrBadlyEncoded() throws Exception {
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			ObjectNode valid = (ObjectNode) JSON.readTree(endpoint.body());
			for (Field field : fields(valid, "")) {
				String name = endpoint.path() + " " + field.path();
				if (endpoint.required().contains(field.name())) {
					tests.add(DynamicTest.dynamicTest(name + " missing",
							() -> refused(endpoint, mutate(valid, field, null), field.name())));
				}
				tests.add(DynamicTest.dynamicTest(name + " of the wrong type",
						() -> refused(endpoint, mutate(valid, field, wrongType(field.value())), field.name())));
				if (field.value().isNumber()) {
					tests.add(DynamicTest.dynamicTest(name + " too large",
							() -> refused(endpoint, mutate(valid, field, "1e400"), field.name())));
				}
				if (field.value().isTextual()) {
					tests.add(DynamicTest.dynamicTest(name + " too long", () -> refused(endpoint,
							mutate(valid, field, "\"" + "z".repeat(100_000) + "\""), field.name())));
					tests.add(DynamicTest.dynamicTest(name + " badly encoded",
							() -> refused(endpoint, badlyEncoded(mutate(valid, field, "\"@BAD@\"")), null)));
				}
			}
		}
		return tests.stream();
	}

	@Test
	void everyProblemOfABodyIsNamedInOneAnswer() throws Exception {
		long orders = count("sales_order");
		HttpResponse<String> response = new Http(this.port).as("tina")
			.post("/api/orders", "application/json", BodyPublishers.ofString("""
					{"customerCode": "%s", "requestedDate": "soon", "priority": "high",
					 "lines": [{"sku": "%s", "quantity": "a dozen", "unitPrice": -1, "discountPercent": 120},
					           {"sku": "%s", "quantity": 1.5, "unitPrice": 500.001}]}""".formatted(this.customerCode,
					this.sku, this.sku)));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(fieldsNamed(response)).containsExactlyInAnyOrder("lines[0].discountPercent", "lines[0].quantity",
				"lines[0].unitPrice", "lines[1].quantity", "lines[1].unitPrice", "priority", "requestedDate");
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(count("sales_order")).isEqualTo(orders);
	}

	@TestFactory
	Stream<DynamicTest> anEmptyBodyNamesEveryRequiredTopLevelField() {
		return endpoints().stream().map((endpoint) -> DynamicTest.dynamicTest(endpoint.path(), () -> {
			HttpResponse<String> response = send(endpoint, BodyPublishers.noBody());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
			ObjectNode valid = (ObjectNode) JSON.readTree(endpoint.body());
			// what an event needs besides its type depends on the type
			List<String> topLevel = endpoint.path().endsWith("/events") ? List.of("type")
					: endpoint.required().stream().filter(valid::has).toList();
			assertThat(fieldsNamed(response)).containsAll(topLevel);
		}));
	}

	@Test
	void anOrderWorthMoreThanTheLedgerCanHoldIsRefusedNamingTheLine() throws Exception {
		long orders = count("sales_order");
		HttpResponse<String> response = new Http(this.port).as("tina")
			.post("/api/orders", "application/json", BodyPublishers.ofString("""
					{"customerCode": "%s",
					 "lines": [{"sku": "%s", "quantity": 999999999, "unitPrice": 999999999999999.99}]}"""
				.formatted(this.customerCode, this.sku)));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(fieldsNamed(response)).containsExactly("lines[0].quantity");
		assertThat(count("sales_order")).isEqualTo(orders);
	}

	@Test
	void theEnginesErrorAnswersNameNoJavaClass() {
		Http rep = new Http(this.port).as("tina");
		List<HttpResponse<String>> answers = List.of(rep.get("/engine-rest/task/no-such-task"),
				rep.post("/engine-rest/task/no-such-task/complete", "application/json",
						BodyPublishers
							.ofString("{\"variables\": {\"x\": {\"value\": \"1\", \"type\": \"Nonsense\"}}}")),
				rep.post("/engine-rest/process-definition/key/order-to-remittance/start", "application/json",
						BodyPublishers
							.ofString("{\"variables\": {\"orderTotal\": {\"value\": \"x\", \"type\": \"Integer\"}}}")),
				rep.get("/engine-rest/process-instance?variables=a_b_c"), new Http(this.port).get("/engine-rest/task"));
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
			assertThat(answer.body()).as(answer.uri().toString()).doesNotContain("Exception", "java.", "org.camunda");
		}
	}

	private static List<String> fieldsNamed(HttpResponse<String> response) throws Exception {
		List<String> fields = new ArrayList<>();
		JSON.readTree(response.body()).path("errors").forEach((error) -> fields.add(error.path("field").asText()));
		return fields;
	}

	@TestFactory
	Stream<DynamicTest> aQuotaPlanFileOfEveryWrongShapeIsRefusedNamingTheLineAndNothingIsStored() {
		String header = "id,lastYearActual,potential,tenureMonths,DIRECT,DISTRIBUTOR,ONLINE\n";
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("empty", new byte[0]);
		files.put("a header alone", header.getBytes(StandardCharsets.UTF_8));
		files.put("a column missing", (header + "R1,400000,500000\n").getBytes(StandardCharsets.UTF_8));
		files.put("a column too many", (header + "R1,1,1,1,,,,9\n").getBytes(StandardCharsets.UTF_8));
		files.put("text for a number", (header + "R1,lots,500000,24,,,\n").getBytes(StandardCharsets.UTF_8));
		files.put("a number of ten million digits",
				(header + "R1,1e10000000,500000,24,,,\n").getBytes(StandardCharsets.UTF_8));
		files.put("an id of 10,000 characters",
				(header + "R" + "9".repeat(10_000) + ",1,1,1,,,\n").getBytes(StandardCharsets.UTF_8));
		files.put("not UTF-8", badlyEncoded((header + "R@BAD@,1,1,1,,,\n").getBytes(StandardCharsets.UTF_8)));
		files.put("binary", new byte[] { 0, 1, 2, (byte) 0xFF, (byte) 0xFE, 10, 0, 44 });
		files.put("quotes never closed", (header + "\"R1,1,1,1,,,\n").getBytes(StandardCharsets.UTF_8));
		return files.entrySet().stream().map((file) -> DynamicTest.dynamicTest(file.getKey(), () -> {
			long plans = count("quota_plan");
			HttpResponse<String> response = new Http(this.port).as("sally")
				.post("/api/quota/plans?year=2052&target=1000000&seasonality=EQUAL", "text/csv",
						BodyPublishers.ofByteArray(file.getValue()));
			assertThat(response.statusCode()).as(response.body()).isIn(400, 413, 422);
			assertThat(response.body()).doesNotContain("Exception", "java.");
			assertThat(count("quota_plan")).isEqualTo(plans);
		}));
	}

	private void refused(Endpoint endpoint, byte[] body, String field) {
		long orders = count("sales_order");
		long payments = count("payment");
		HttpResponse<String> response = send(endpoint, BodyPublishers.ofByteArray(body));
		assertThat(response.statusCode()).as(response.body()).isIn(400, 413, 422);
		assertThat(response.body()).doesNotContain("Exception", "java.");
		if (field != null) {
			assertThat(response.body()).as("names the field").contains(field);
		}
		assertThat(count("sales_order")).isEqualTo(orders);
		assertThat(count("payment")).isEqualTo(payments);
	}

	/** A path may start with its method, {@code PUT /api/...}; POST otherwise. */
	private HttpResponse<String> send(Endpoint endpoint, java.net.http.HttpRequest.BodyPublisher body) {
		Http http = new Http(this.port).as(endpoint.user());
		return endpoint.path().startsWith("PUT ") ? http.put(endpoint.path().substring(4), "application/json", body)
				: http.post(endpoint.path(), "application/json", body);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private record Field(String path, String name, JsonNode value) {
	}

	/** Every leaf field, and the fields of the first element of each array. */
	private static List<Field> fields(JsonNode node, String prefix) {
		List<Field> fields = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
		while (entries.hasNext()) {
			Map.Entry<String, JsonNode> entry = entries.next();
			String path = prefix + entry.getKey();
			JsonNode value = entry.getValue();
			fields.add(new Field(path, entry.getKey(), value));
			if (value.isObject()) {
				fields.addAll(fields(value, path + "."));
			}
			else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
				fields.addAll(fields(value.get(0), path + "[0]."));
			}
		}
		return fields;
	}

	private static String wrongType(JsonNode value) {
		if (value.isNumber()) {
			return "\"twelve\"";
		}
		if (value.isTextual()) {
			return "{\"nested\": true}";
		}
		return "\"text\"";
	}

	/**
	 * The body with the field replaced by the raw JSON given, or removed when it is null.
	 */
	private static byte[] mutate(ObjectNode valid, Field field, String replacement) throws Exception {
		ObjectNode copy = valid.deepCopy();
		String[] steps = field.path().split("\\.");
		JsonNode parent = copy;
		for (int i = 0; i < steps.length - 1; i++) {
			String step = steps[i];
			parent = step.endsWith("[0]") ? parent.get(step.substring(0, step.length() - 3)).get(0) : parent.get(step);
		}
		ObjectNode holder = (ObjectNode) parent;
		if (replacement == null) {
			holder.remove(field.name());
		}
		else {
			holder.set(field.name(), JSON.readTree(replacement));
		}
		return JSON.writeValueAsBytes(copy);
	}

	/** Replaces the marker with a byte sequence that is not UTF-8. */
	private static byte[] badlyEncoded(byte[] body) {
		String text = new String(body, StandardCharsets.UTF_8);
		int at = text.indexOf("@BAD@");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
		out.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF });
		out.writeBytes(text.substring(at + 5).getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

}
