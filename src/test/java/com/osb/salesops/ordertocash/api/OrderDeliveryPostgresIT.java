package com.osb.salesops.ordertocash.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Where an order's goods go: one of the delivery addresses of the customer's file, the
 * first unless the rep names another, kept with the order as it was when the order was
 * taken, and printed on the shipping notice the warehouse checks.
 */
class OrderDeliveryPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	OrderDesk desk;

	String customer;

	String sku;

	@BeforeEach
	void aCustomerWithTwoDeliveryAddresses() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		OrderDesk.hireCrew(this.identityService);
		this.desk = new OrderDesk(this.port);
		this.customer = customers.creditworthyCustomer();
		this.sku = customers.product();
		long id = this.jdbc.queryForObject("select id from customer where code = ?", Long.class, this.customer);
		address(id, 1, "上海市浦东新区张江路 100 号 3 号库", "陈收货", "139 0000 0001", "周一至周五 09:00-17:00");
		address(id, 2, "苏州工业园区星湖街 8 号", "李仓管", "139 0000 0002", "每天 08:00-20:00");
	}

	@Test
	void anOrderGoesToTheCustomersFirstAddressUnlessTheRepNamesAnother() throws Exception {
		// when
		String first = submit("");
		String second = submit(", \"deliveryAddress\": 2");

		// then
		JsonNode delivery = this.desk.order(first).get("delivery");
		assertThat(delivery.get("address").asText()).isEqualTo("上海市浦东新区张江路 100 号 3 号库");
		assertThat(delivery.get("receivingContact").asText()).isEqualTo("陈收货");
		assertThat(delivery.get("receivingPhone").asText()).isEqualTo("139 0000 0001");
		assertThat(delivery.get("unloadingHours").asText()).isEqualTo("周一至周五 09:00-17:00");
		assertThat(this.desk.order(second).get("delivery").get("address").asText()).isEqualTo("苏州工业园区星湖街 8 号");
	}

	@Test
	void theOrderKeepsTheAddressItWasTakenWithWhenTheFileChangesLater() throws Exception {
		// given
		String number = submit(", \"deliveryAddress\": 2");

		// when
		this.jdbc.update(
				"update customer_delivery_address set address = '苏州新址', receiving_contact = '王新'"
						+ " where position = 2 and customer_id = (select id from customer where code = ?)",
				this.customer);

		// then
		JsonNode delivery = this.desk.order(number).get("delivery");
		assertThat(delivery.get("address").asText()).isEqualTo("苏州工业园区星湖街 8 号");
		assertThat(delivery.get("receivingContact").asText()).isEqualTo("李仓管");
	}

	@Test
	void anAddressTheCustomerDoesNotHaveIsRefusedNamingTheFieldAndNothingIsKept() throws Exception {
		// given
		int orders = this.jdbc.queryForObject("select count(*) from sales_order", Integer.class);

		// when
		HttpResponse<String> third = post(", \"deliveryAddress\": 3");
		HttpResponse<String> zero = post(", \"deliveryAddress\": 0");
		HttpResponse<String> half = post(", \"deliveryAddress\": 1.5");
		HttpResponse<String> quoted = post(", \"deliveryAddress\": \"2\"");
		HttpResponse<String> huge = post(", \"deliveryAddress\": 99999999999");

		// then
		assertThat(third.statusCode()).as(third.body()).isEqualTo(422);
		assertThat(JSON.readTree(third.body()).get("errors").findValuesAsText("field"))
			.containsExactly("deliveryAddress");
		assertThat(JSON.readTree(third.body()).get("errors").findValuesAsText("code"))
			.containsExactly("no-such-delivery-address");
		assertThat(zero.statusCode()).as(zero.body()).isEqualTo(422);
		assertThat(JSON.readTree(zero.body()).get("errors").findValuesAsText("field"))
			.containsExactly("deliveryAddress");
		for (HttpResponse<String> refused : java.util.List.of(half, quoted, huge)) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
			assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsText("field"))
				.containsExactly("deliveryAddress");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from sales_order", Integer.class)).isEqualTo(orders);
	}

	@Test
	void theShippingNoticeTellsTheWarehouseWhereAndToWhom() throws Exception {
		// given
		String number = submit(", \"deliveryAddress\": 2");

		// when
		this.desk.approveAndSign(number);

		// then
		JsonNode notice = await().atMost(Duration.ofSeconds(30))
			.until(() -> file(number, "SHIPPING_NOTICE"), (found) -> found != null);
		byte[] pdf = this.desk.as("kurt").getBytes(notice.get("url").asText()).body();
		assertThat(text(pdf)).contains("苏州工业园区星湖街 8 号", "李仓管", "139 0000 0002", "每天 08:00-20:00").doesNotContain("张江路");
	}

	private String submit(String more) throws IOException {
		HttpResponse<String> submitted = post(more);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
		return JSON.readTree(submitted.body()).get("number").asText();
	}

	private HttpResponse<String> post(String more) {
		return this.desk.as("tina")
			.postJson("/api/orders", """
					{"customerCode": "%s", "lines": [{"sku": "%s", "quantity": 1, "unitPrice": 500}]%s}"""
				.formatted(this.customer, this.sku, more));
	}

	private JsonNode file(String number, String kind) throws Exception {
		for (JsonNode file : this.desk.order(number).get("documents").get("files")) {
			if (file.get("kind").asText().equals(kind)) {
				return file;
			}
		}
		return null;
	}

	private void address(long customerId, int position, String address, String contact, String phone, String hours) {
		this.jdbc.update(
				"insert into customer_delivery_address (customer_id, position, address, receiving_contact,"
						+ " receiving_phone, unloading_hours) values (?, ?, ?, ?, ?, ?)",
				customerId, position, address, contact, phone, hours);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
