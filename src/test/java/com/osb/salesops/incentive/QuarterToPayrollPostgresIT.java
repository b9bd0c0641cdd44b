package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import com.osb.salesops.support.TestClock;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A quarter built from real orders and payments through the order process on PostgreSQL,
 * paid out by the statement run: the payroll export is right to the cent.
 */
class QuarterToPayrollPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Test
	void ordersPaidInTheQuarterArePaidOutToTheCent() throws Exception {
		// given two orders of tina's customer, delivered, invoiced and paid in this
		// quarter
		String quarter = currentQuarter();
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long customer = customers.customer("T01");
		customers.profile(customer, "A", "240000.00", "NET60");
		String sku = "PAY-" + System.nanoTime();
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand)"
				+ " values (?, 'Payroll test controller', 600, 450, 100)", sku);
		this.jdbc.update("update sales_rep set target_incentive = 7777.77 where id = 'T01'");
		this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values ('T01', ?, 12000)", quarter);
		this.jdbc.update("update region set manager_user_id = 'rhea' where id = 'TR1'");
		this.jdbc.update("update market set manager_user_id = 'mario' where id = 'TM'");
		String manager = "insert into manager_incentive (user_id, team_level, name, target_incentive) values (?, ?, ?, ?)";
		this.jdbc.update(manager, "rhea", "REGION", "Rhea", new BigDecimal("5555.55"));
		this.jdbc.update(manager, "mario", "MARKET", "Mario", new BigDecimal("3333.33"));
		OrderDesk.hireCrew(this.identityService);
		TestUsers.ensure(this.identityService, "olga", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "hanna", Roles.HR);
		TestUsers.ensure(this.identityService, "rhea", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "mario", Roles.SALES_DIRECTOR);
		TestUsers.ensure(this.identityService, "gwen", Roles.GENERAL_MANAGER);
		String first = orderToInvoice(customers.code(customer), sku, 10);
		String second = orderToInvoice(customers.code(customer), sku, 20);
		pay(first, "5000.00", "WIRE-1");
		pay(second, "10000.00", "WIRE-2");

		// when the statement run pays the quarter out
		HttpResponse<String> started = as("olga").postJson(
				"/engine-rest/process-definition/key/incentive-statement-run/start",
				"{\"variables\": {\"period\": {\"value\": \"" + quarter + "\"}}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		complete("tina", quarter, "Task_ReviewStatement", "{\"reviewDecision\": {\"value\": \"ACCEPT\"}}");
		String approve = "{\"teamApprovalDecision\": {\"value\": \"APPROVE\"}}";
		complete("rhea", quarter, "Task_ApproveTeamStatements", approve);
		complete("mario", quarter, "Task_ApproveTeamStatements", approve);
		complete("gwen", quarter, "Task_ApproveTeamStatements", approve);
		complete("fiona", quarter, "Task_ApproveRun", "{\"runApprovalComment\": {\"value\": \"Checked\"}}");

		// then: credited 15,000 of a 12,000 quota is 125%, paid at 150% of 7,777.77 =
		// 11,666.655; tina is the whole team of both managers: 150% of 5,555.55 is
		// 8,333.325 and 150% of 3,333.33 is 4,999.995, each rounded half even
		String payroll = await().atMost(Duration.ofSeconds(30))
			.until(() -> as("hanna").get("/api/incentive/payroll/" + quarter + ".csv"),
					(response) -> response.statusCode() == 200)
			.body();
		assertThat(payroll.lines()).containsExactly(
				"period,employee,name,role,team,statementStatus,payout,adjustment,amountToPay",
				quarter + ",tina,Tina,SALES_REP,TR1,ACCEPTED,11666.66,0.00,11666.66",
				quarter + ",rhea,Rhea,REGION_MANAGER,TR1,COMPUTED,8333.32,0.00,8333.32",
				quarter + ",mario,Mario,MARKET_MANAGER,TM,COMPUTED,5000.00,0.00,5000.00");
		assertThat(this.jdbc.queryForObject("select total_payout from payroll_export where quarter = ?",
				BigDecimal.class, quarter))
			.isEqualTo(new BigDecimal("24999.98"));
	}

	private String orderToInvoice(String customerCode, String sku, int quantity) throws Exception {
		OrderDesk desk = desk();
		String number = desk.submit(customerCode, sku, quantity);
		desk.approveAndSign(number);
		desk.dispatchAndDeliver(number);
		desk.invoice(number);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "CLOSED".equals(
					this.jdbc.queryForObject("select status from sales_order where number = ?", String.class, number)));
		return number;
	}

	private void pay(String number, String amount, String reference) {
		HttpResponse<String> paid = as("fiona").postJson("/api/orders/" + number + "/events", """
				{"type": "PAYMENT_RECEIVED", "amount": %s, "reference": "%s", "eventId": "%s"}""".formatted(amount,
				reference, reference));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(202);
	}

	private void complete(String user, String number, String taskKey, String variables) {
		this.desk().complete(user, number, taskKey, variables);
	}

	private static String currentQuarter() {
		LocalDate today = TestClock.today();
		return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
	}

	private Http as(String user) {
		return this.desk().as(user);
	}

	private OrderDesk desk() {
		return new OrderDesk(this.port);
	}

}
