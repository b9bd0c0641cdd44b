package com.osb.salesops.credit.api;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
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
 * The credit rating report through the API, as JSON and CSV, filtered, and limited to a
 * rep's own customers.
 */
class CreditRatingsPostgresIT extends PostgresIntegrationTest {

	private static final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	String tinasGradeB;

	String tomsGradeD;

	@BeforeEach
	void ratedCustomers() {
		this.jdbc.update("delete from credit_profile where customer_id in"
				+ " (select id from customer where rep_id in ('T01', 'T02'))");
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		long tinas = customers.customer("T01");
		customers.profile(tinas, "B", "60000.00", "NET30");
		long toms = customers.customer("T02");
		customers.profile(toms, "D", "8000.00", "PREPAY");
		this.tinasGradeB = customers.code(tinas);
		this.tomsGradeD = customers.code(toms);
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);
		TestUsers.ensure(this.identityService, "tina", Roles.SALES_REP);
	}

	@Test
	void financeFiltersByGradeAndRegion() throws Exception {
		// given
		Http finance = new Http(this.port).as("fiona", "fiona-secret-1");

		// when
		JsonNode gradeB = json.readTree(finance.get("/api/credit/ratings?grade=B&market=TM").body());
		JsonNode region2 = json.readTree(finance.get("/api/credit/ratings?region=TR2").body());

		// then
		assertThat(gradeB.findValuesAsText("customerCode")).contains(this.tinasGradeB).doesNotContain(this.tomsGradeD);
		assertThat(region2.findValuesAsText("customerCode")).containsExactly(this.tomsGradeD);
		assertThat(region2.get(0).get("creditLimit").decimalValue()).isEqualByComparingTo("8000");
		assertThat(region2.get(0).get("paymentTerms").asText()).isEqualTo("PREPAY");
	}

	@Test
	void eachLineNamesItsPeopleAndTermsAndShowsWhatIsLeftOfTheLimit() throws Exception {
		// given: Tina's customer with 12,500.00 open and 7,000.00 committed on its
		// 60,000.00
		long tinas = this.jdbc.queryForObject("select id from customer where code = ?", Long.class, this.tinasGradeB);
		new CustomerFixture(this.jdbc).openInvoice(tinas, "12500.00", 3);
		this.jdbc.update("update credit_profile set committed_amount = 7000.00 where customer_id = ?", tinas);
		Http finance = new Http(this.port).as("fiona", "fiona-secret-1");

		// when
		JsonNode english = json.readTree(finance.get("/api/credit/ratings?customer=" + this.tinasGradeB).body());
		JsonNode chinese = json
			.readTree(finance.inLanguage("zh-CN").get("/api/credit/ratings?customer=" + this.tomsGradeD).body());

		// then
		assertThat(english.findValuesAsText("customerCode")).containsExactly(this.tinasGradeB);
		JsonNode line = english.get(0);
		assertThat(line.get("repName").asText()).isEqualTo("Tina");
		assertThat(line.get("regionName").asText()).isEqualTo("Test region 1");
		assertThat(line.get("marketName").asText()).isEqualTo("Test market");
		assertThat(line.get("paymentTermsText").asText()).isEqualTo("Net 30 days");
		assertThat(line.get("openReceivables").decimalValue()).isEqualByComparingTo("12500.00");
		assertThat(line.get("committed").decimalValue()).isEqualByComparingTo("7000.00");
		assertThat(line.get("exposure").decimalValue()).isEqualByComparingTo("19500.00");
		assertThat(line.get("available").decimalValue()).isEqualByComparingTo("40500.00");
		assertThat(chinese.findValuesAsText("customerCode")).containsExactly(this.tomsGradeD);
		assertThat(chinese.get(0).get("paymentTermsText").asText()).isEqualTo("预付款");
		assertThat(chinese.get(0).get("available").decimalValue()).isEqualByComparingTo("8000.00");
		// and a rep asking for another rep's customer learns nothing of it
		assertThat(json.readTree(new Http(this.port).as("tina", "tina-secret-1")
			.get("/api/credit/ratings?customer=" + this.tomsGradeD)
			.body())).isEmpty();
	}

	@Test
	void exportsCsvForASpreadsheet() {
		// when
		HttpResponse<String> csv = new Http(this.port).as("fiona", "fiona-secret-1")
			.get("/api/credit/ratings?region=TR2&format=csv");

		// then
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body().lines()).containsExactly(
				"customerCode,customerName,market,region,rep,grade,creditLimit,formulaLimit,manualAdjustment,"
						+ "paymentTerms,previousGrade,previousLimit,evaluatedOn,marketName,regionName,repName,"
						+ "openReceivables,committed,available",
				this.tomsGradeD + ",Customer " + this.tomsGradeD + ",TM,TR2,T02,D,8000.00,8000.00,0.00,PREPAY,,,"
						+ TestClock.today() + ",Test market,Test region 2,Tom,0.00,0.00,8000.00");
	}

	@Test
	void aRepSeesOnlyTheirOwnCustomers() throws Exception {
		// when
		JsonNode ratings = json
			.readTree(new Http(this.port).as("tina", "tina-secret-1").get("/api/credit/ratings").body());

		// then
		assertThat(ratings.findValuesAsText("customerCode")).contains(this.tinasGradeB).doesNotContain(this.tomsGradeD);
		assertThat(ratings.findValuesAsText("rep")).containsOnly("T01");
	}

	@Test
	void anUnknownGradeIsABadRequest() {
		// when
		HttpResponse<String> response = new Http(this.port).as("fiona", "fiona-secret-1")
			.get("/api/credit/ratings?grade=Z");

		// then
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"field\":\"grade\"");
	}

}
