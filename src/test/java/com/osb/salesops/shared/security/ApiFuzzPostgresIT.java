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

	private void refused(Endpoint endpoint, byte[] body, String field) {
		long orders = count("sales_order");
		long payments = count("payment");
		HttpResponse<String> response = new Http(this.port).as(endpoint.user())
			.post(endpoint.path(), "application/json", BodyPublishers.ofByteArray(body));
		assertThat(response.statusCode()).as(response.body()).isIn(400, 413, 422);
		assertThat(response.body()).doesNotContain("Exception", "java.");
		if (field != null) {
			assertThat(response.body()).as("names the field").contains(field);
		}
		assertThat(count("sales_order")).isEqualTo(orders);
		assertThat(count("payment")).isEqualTo(payments);
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
