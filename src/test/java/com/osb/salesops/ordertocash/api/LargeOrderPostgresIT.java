package com.osb.salesops.ordertocash.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An order of 2,000 lines from submission to archive: every step takes it, every form
 * reads all its lines from the order, and the process itself stays small.
 */
class LargeOrderPostgresIT extends PostgresIntegrationTest {

	private static final int LINES = 2_000;

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Test
	void anOrderOfTwoThousandLinesRunsFromSubmissionToArchive() throws Exception {
		// given
		OrderDesk.hireCrew(this.identityService);
		OrderDesk desk = new OrderDesk(this.port);
		String customer = new CustomerFixture(this.jdbc).creditworthyCustomer();
		List<String> skus = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String sku = "BULK-" + System.nanoTime() + "-" + i;
			this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
					+ " values (?, 'Bulk fastener', 1.50, 1.00, 10000)", sku);
			skus.add(sku);
		}
		StringBuilder lines = new StringBuilder();
		for (int line = 0; line < LINES; line++) {
			lines.append((line == 0) ? "" : ",")
				.append("{\"sku\": \"")
				.append(skus.get(line % skus.size()))
				.append("\", \"quantity\": 1, \"unitPrice\": 1.25}");
		}

		// when
		var submitted = desk.as("tina")
			.postJson("/api/orders", "{\"customerCode\": \"" + customer + "\", \"lines\": [" + lines + "]}");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		String number = JSON.readTree(submitted.body()).get("number").asText();
		JsonNode form = formVariables(desk, "asha", number, "Task_ReviewContract");
		desk.approveAndSign(number);
		desk.dispatchAndDeliver(number);
		desk.invoice(number);

		// then
		await().atMost(Duration.ofSeconds(60)).until(() -> "CLOSED".equals(desk.order(number).get("status").asText()));
		JsonNode items = JSON.readTree(form.get("orderLineItems").get("value").asText());
		assertThat(items).hasSize(LINES);
		assertThat(items.get(LINES - 1).get("amount").asText()).isEqualTo("1.25");
		assertThat(form.get("orderTotalText").get("value").asText()).isEqualTo("2,500.00 CNY");
		Long bytes = this.jdbc.queryForObject("select coalesce(sum(octet_length(b.bytes_)), 0) from act_ge_bytearray b"
				+ " where b.id_ in (select v.bytearray_id_ from act_hi_varinst v join act_hi_procinst p"
				+ " on p.id_ = v.proc_inst_id_ where p.business_key_ = ?)", Long.class, number);
		assertThat(bytes).as("engine byte arrays of the order's variables").isLessThan(10_000L);
	}

	private static JsonNode formVariables(OrderDesk desk, String user, String number, String taskKey) throws Exception {
		String taskId = await().atMost(Duration.ofSeconds(30))
			.until(() -> desk.taskId(user, number, taskKey), (id) -> id != null);
		return Http.json(desk.as(user).get("/engine-rest/task/" + taskId + "/form-variables"), 200);
	}

}
