package com.osb.salesops.receivables.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.receivables.NewInvoice;
import com.osb.salesops.receivables.NewPayment;
import com.osb.salesops.receivables.Receivables;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer's open invoices, as finance picks the ones a payment settles: what is still
 * open of each, oldest due first, with the days past due, to the people who may see the
 * customer's receivables and to no one else.
 */
class OpenInvoicesPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	Receivables receivables;

	@Test
	void listsWhatIsOpenOfEachInvoiceOldestDueFirstToThoseWhoSeeTheCustomer() {
		// given a customer of tina's with three invoices: one part paid and overdue, one
		// not yet due, one paid in full
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);
		TestUsers.ensure(this.identityService, "tina", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "tom", Roles.SALES_REP);
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long customer = customers.customer("T01");
		String code = customers.code(customer);
		LocalDate today = TestClock.today();
		String later = invoice(customer, "500.00", today.plusDays(20));
		String overdue = invoice(customer, "1000.00", today.minusDays(10));
		String paid = invoice(customer, "80.00", today.minusDays(40));
		this.receivables.recordPayment(
				new NewPayment(customer, null, new BigDecimal("300.00"), "OI-1", null, List.of(overdue), null));
		this.receivables
			.recordPayment(new NewPayment(customer, null, new BigDecimal("80.00"), "OI-2", null, List.of(paid), null));

		// when
		JsonNode open = Http
			.json(new Http(this.port).as("fiona").get("/api/receivables/customers/" + code + "/open-invoices"), 200);

		// then
		assertThat(open.path("customerCode").asText()).isEqualTo(code);
		assertThat(open.path("asOf").asText()).isEqualTo(today.toString());
		assertThat(open.path("items").findValuesAsText("number")).containsExactly(overdue, later);
		JsonNode first = open.path("items").get(0);
		assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(first.path("openAmount").decimalValue()).isEqualByComparingTo("700.00");
		assertThat(first.path("dueDate").asText()).isEqualTo(today.minusDays(10).toString());
		assertThat(first.path("daysPastDue").asInt()).isEqualTo(10);
		assertThat(open.path("items").get(1).path("daysPastDue").asInt()).isZero();
		assertThat(open.path("total").decimalValue()).isEqualByComparingTo("1200.00");
		assertThat(open.path("total").toString()).isEqualTo("1200.00");
		// the customer's rep sees them too; another rep is told there is no such customer
		assertThat(Http
			.json(new Http(this.port).as("tina").get("/api/receivables/customers/" + code + "/open-invoices"), 200)
			.path("items")).hasSize(2);
		assertThat(
				new Http(this.port).as("tom").get("/api/receivables/customers/" + code + "/open-invoices").statusCode())
			.isEqualTo(404);
		assertThat(new Http(this.port).as("fiona").get("/api/receivables/customers/NO-SUCH/open-invoices").statusCode())
			.isEqualTo(404);
	}

	private String invoice(long customerId, String amount, LocalDate due) {
		String number = this.receivables
			.issueInvoice(new NewInvoice(customerId, null, new BigDecimal(amount), due.minusDays(30), due, null));
		this.receivables.post(number);
		return number;
	}

}
