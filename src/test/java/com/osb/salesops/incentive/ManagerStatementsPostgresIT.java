package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Region and market managers' statements on PostgreSQL: paid on the team's attainment
 * with a rep whose credit notes push them negative, rounded half even, served to the
 * manager and to HR, and paid in the payroll export.
 */
class ManagerStatementsPostgresIT extends PostgresIntegrationTest {

	private static final Quarter Q3 = new Quarter(2024, 3);

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementRun run;

	@Autowired
	ManagerStatements managers;

	@Autowired
	PayrollExports exports;

	String ahead;

	String over;

	String clawedBack;

	/**
	 * TR1: a rep at 90,000 of 100,000. TR2: a rep at 101,000 of 50,000 and a rep whose
	 * 20,000 credit note makes the quarter -20,000 on 50,000. Rita manages TR2 on a
	 * target incentive of 1,234.50; Marco manages the market of both on 12,345.67.
	 */
	@BeforeEach
	void teamsWithALedger() {
		for (String table : List.of("incentive_statement", "incentive_manager_statement", "payroll_export",
				"manager_incentive")) {
			this.jdbc.update("delete from " + table);
		}
		LedgerFixture ledger = new LedgerFixture(this.jdbc, Q3);
		ledger.customer("T01");
		this.jdbc.update("update sales_rep set active = false where id like 'I%'");
		this.ahead = ledger.rep("TR1", "10000", "100000");
		this.over = ledger.rep("TR2", "10000", "50000");
		this.clawedBack = ledger.rep("TR2", "10000", "50000");
		paid(ledger, this.ahead, "90000");
		paid(ledger, this.over, "101000");
		long customer = ledger.customer(this.clawedBack);
		long order = ledger.order(this.clawedBack, customer, "2024-03-02", "20000");
		long invoice = ledger.invoice(customer, order, "2024-03-04", "20000");
		ledger.creditNote(customer, invoice, "2024-08-20", "20000");
		this.jdbc.update("update region set manager_user_id = 'rita' where id = 'TR2'");
		this.jdbc.update("update market set manager_user_id = 'marco' where id = 'TM'");
		String manager = "insert into manager_incentive (user_id, team_level, name, target_incentive) values (?, ?, ?, ?)";
		this.jdbc.update(manager, "rita", "REGION", "Rita Region", new BigDecimal("1234.50"));
		this.jdbc.update(manager, "marco", "MARKET", "Marco Market", new BigDecimal("12345.67"));
		TestUsers.ensure(this.identityService, "rita", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "marco", Roles.SALES_DIRECTOR);
		TestUsers.ensure(this.identityService, "hanna", Roles.HR);
		TestUsers.ensure(this.identityService, "felix", Roles.FINANCE);
		TestUsers.ensure(this.identityService, "ralf", Roles.SALES_REP);
	}

	@Test
	void paysTheRegionManagerOnTheTeamIncludingTheRepPushedNegativeRoundedHalfEven() throws Exception {
		// given
		runTheQuarter();

		// when
		JsonNode statements = Http.json(as("rita").get(path("rita")), 200);

		// then 81,000 of 100,000 is 81%, and 81% of 1,234.50 is 999.945: 999.94
		assertThat(statements).hasSize(1);
		JsonNode statement = statements.get(0);
		assertThat(statement.get("status").asText()).isEqualTo("COMPUTED");
		assertThat(statement.get("level").asText()).isEqualTo("REGION");
		assertThat(statement.get("teams").toString()).isEqualTo("[\"TR2\"]");
		JsonNode payout = statement.get("payout");
		assertThat(payout.get("credited").decimalValue()).isEqualByComparingTo("81000");
		assertThat(payout.get("quota").decimalValue()).isEqualByComparingTo("100000");
		assertThat(payout.get("attainment").decimalValue()).isEqualByComparingTo("0.81");
		assertThat(payout.get("payoutRate").decimalValue()).isEqualByComparingTo("0.81");
		assertThat(payout.get("payout").decimalValue()).isEqualTo("999.94");
		assertThat(payout.get("rulesFired").toString()).contains("Payout rate equals attainment from 50% to 100%");
		assertThat(Http.json(as("rita").inLanguage("zh-CN").get(path("rita")), 200).at("/0/payout/rulesFired"))
			.isNotEmpty()
			.allSatisfy((rule) -> assertThat(rule.asText()).containsPattern("\\p{IsHan}")
				.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}"));
		assertThat(payout.get("rulesVersion").asText()).matches("rules/incentive version [0-9a-f]{12}");
		assertThat(statement.get("reps")).hasSize(2);
		assertThat(rep(statement, this.clawedBack).get("credited").decimalValue()).isEqualByComparingTo("-20000");
		assertThat(rep(statement, this.over).get("credited").decimalValue()).isEqualByComparingTo("101000");
	}

	@Test
	void paysTheMarketManagerOnEveryRegionOfTheMarketAndServesCsv() throws Exception {
		// given
		runTheQuarter();

		// when
		HttpResponse<String> csv = as("marco").get(path("marco") + "?format=csv");

		// then 171,000 of 200,000 is 85.5%, and 85.5% of 12,345.67 is 10,555.54785
		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("period,manager,level,kind,rep,region,amount,rule\n")
			.contains("2024-Q3,marco,MARKET,REP_CREDITED," + this.ahead + ",TR1,90000.00,rep statement\n")
			.contains("2024-Q3,marco,MARKET,REP_CREDITED," + this.clawedBack + ",TR2,-20000.00,rep statement\n")
			.contains("2024-Q3,marco,MARKET,TEAM_CREDITED,,TM,171000.00,")
			.contains("2024-Q3,marco,MARKET,TEAM_QUOTA,,TM,200000.00,")
			.contains("2024-Q3,marco,MARKET,ATTAINMENT,,TM,0.855,")
			.contains("2024-Q3,marco,MARKET,PAYOUT,,TM,10555.55,")
			.contains("2024-Q3,marco,MARKET,STATUS,,TM,,COMPUTED\n");
		JsonNode all = Http.json(as("hanna").get("/api/incentive/manager-statements/2024-Q3"), 200);
		assertThat(all).hasSize(2);
	}

	@Test
	void showsAManagerTheStatementBeforeTheRunFromTheLedgerAsItStands() throws Exception {
		// when
		JsonNode statements = Http.json(as("rita").get(path("rita")), 200);

		// then
		assertThat(statements.get(0).get("status").asText()).isEqualTo("NOT_ISSUED");
		assertThat(statements.get(0).get("payout").get("payout").decimalValue()).isEqualTo("999.94");
		assertThat(this.jdbc.queryForObject("select count(*) from incentive_manager_statement", Integer.class))
			.isZero();
	}

	@Test
	void refusesOtherManagersRepsAndBadRequests() {
		// when
		HttpResponse<String> otherManager = as("rita").get(path("marco"));

		// then
		assertThat(otherManager.statusCode()).isEqualTo(403);
		assertThat(as("ralf").get(path("rita")).statusCode()).isEqualTo(403);
		assertThat(as("rita").get("/api/incentive/manager-statements/2024-Q3").statusCode()).isEqualTo(403);
		assertThat(as("hanna").get(path("nobody")).statusCode()).isEqualTo(404);
		HttpResponse<String> badPeriod = as("hanna").get("/api/incentive/manager-statements/2024-Q7/rita");
		assertThat(badPeriod.statusCode()).isEqualTo(400);
		assertThat(badPeriod.body()).contains("period");
	}

	@Test
	void paysRepsAndManagersInThePayrollExportToTheCent() {
		// given
		runTheQuarter();
		this.exports.approve(Q3.toString(), "felix", "Checked");

		// when
		this.exports.export(Q3.toString(), null);

		// then
		String payroll = as("hanna").get("/api/incentive/payroll/2024-Q3.csv").body();
		assertThat(payroll.lines()).contains(
				"2024-Q3,user-" + this.ahead + ",Rep " + this.ahead + ",SALES_REP,TR1,IN_REVIEW,9000.00,0.00,9000.00",
				"2024-Q3,user-" + this.over + ",Rep " + this.over + ",SALES_REP,TR2,IN_REVIEW,25000.00,0.00,25000.00",
				"2024-Q3,user-" + this.clawedBack + ",Rep " + this.clawedBack
						+ ",SALES_REP,TR2,IN_REVIEW,0.00,0.00,0.00",
				"2024-Q3,marco,Marco Market,MARKET_MANAGER,TM,COMPUTED,10555.55,0.00,10555.55",
				"2024-Q3,rita,Rita Region,REGION_MANAGER,TR2,COMPUTED,999.94,0.00,999.94");
		assertThat(payroll.lines()).hasSize(6);
		assertThat(this.jdbc.queryForMap("select rep_count, manager_count, total_payout from payroll_export"))
			.containsEntry("rep_count", 3)
			.containsEntry("manager_count", 2)
			.containsEntry("total_payout", new BigDecimal("45555.49"));
	}

	private void runTheQuarter() {
		this.run.computeRegion(Q3.toString(), "TR1", null);
		this.run.computeRegion(Q3.toString(), "TR2", null);
		assertThat(this.managers.computeForRun(Q3.toString(), null)).isEqualTo(2);
	}

	private static void paid(LedgerFixture ledger, String rep, String amount) {
		long customer = ledger.customer(rep);
		long order = ledger.order(rep, customer, "2024-06-01", amount);
		ledger.payment(customer, order, null, "2024-07-15", amount);
	}

	private String path(String manager) {
		return "/api/incentive/manager-statements/" + Q3 + "/" + manager;
	}

	private Http as(String user) {
		return new Http(this.port).as(user);
	}

	private static JsonNode rep(JsonNode statement, String repId) {
		for (JsonNode rep : statement.get("reps")) {
			if (rep.get("repId").asText().equals(repId)) {
				return rep;
			}
		}
		throw new AssertionError("No rep " + repId);
	}

}
