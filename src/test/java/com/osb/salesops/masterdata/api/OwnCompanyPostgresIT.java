package com.osb.salesops.masterdata.api;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.masterdata.model.SocialCreditCode;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.PostgresServer;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A department starts on its own data: the {@code postgres} profile on an empty database
 * with only an administrator, its organisation, products, customers and last year's
 * invoices imported from CSV files through the API, the credit refresh rating every
 * customer on that history, and an order from submission to the archived invoice. No row
 * is written by the test itself.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnCompanyPostgresIT extends PostgresIntegrationTest {

	private static final String DATABASE = "salesops_own_company";

	static final String ORGANISATION = """
			type,id,name,parent,userId,email,hiredOn,targetIncentive,territoryPotential,active
			MARKET,EAST,East China,,,,,,,true
			REGION,JN,Jinan,EAST,mark,,,,,true
			MANAGER,mark,Mark Li,REGION,,mark@own.example,,8000.00,,true
			REP,S01,Tina Wang,JN,tina,tina@own.example,2024-03-01,10000.00,500000.00,true
			REP,S02,Tom Zhao,JN,tom,,2026-09-01,10000.00,200000.00,true
			""";

	static final String PRODUCTS = "\uFEFF" + """
			sku,name,unit,listPrice,floorPrice,stockOnHand,active
			VLV-100,"Gate valve, DN100",PCS,600.00,450.00,100,true
			PMP-200,离心泵 200,SET,12000.00,9500.00,5,true
			""".replace("\n", "\r\n");

	static final String CUSTOMERS = """
			code,legalName,taxNumber,customerType,repId,growthPotential,invoiceAddress,invoicePhone,bankName,\
			bankAccount,email,contactName,contactPhone,deliveryAddress,receivingContact,receivingPhone,unloadingHours,\
			preferredCarrier,firstOrderDate,active
			K001,济南泵业有限公司,91370100MA3C00001H,DISTRIBUTOR,S01,HIGH,"1 Quancheng Road, Jinan",0531-1234567,\
			ICBC Jinan,1602 0000 0000 1234,ap@jnpumps.example,Wang Li,138 0000 0001,"Dock 3, 8 Gongye Road",Zhao Gang,\
			138 0000 0002,Mon-Fri 08:00-16:00,Deppon,2021-05-10,true
			K002,Qilu Valves,91370300MA3C000058,DIRECT,S02,MEDIUM,2 Taibai Road,,,6222 0000 0001,,Sun Mei,\
			139 0000 0003,2 Taibai Road,Sun Mei,,,,,true
			""";

	static boolean emptyAtStart;

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	Http admin;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
		String url = PostgresServer.url();
		String server = url.substring(0, url.lastIndexOf('/'));
		try (Connection connection = DriverManager.getConnection(server + "/postgres", PostgresServer.user(),
				PostgresServer.password()); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE);
		}
		registry.add("spring.datasource.url", () -> server + "/" + DATABASE);
	}

	@BeforeEach
	void company() {
		this.admin = new Http(this.port).as(ADMIN, ADMIN_PASSWORD);
		if (this.identityService.createUserQuery().count() == 1) {
			emptyAtStart = Http.json(this.admin.get("/api/customers"), 200).isEmpty()
					&& this.identityService.createUserQuery().userId(ADMIN).count() == 1;
		}
		imported("organisation", ORGANISATION);
		imported("products", PRODUCTS);
		imported("prices", nextMonthsPrices());
		imported("customers", CUSTOMERS);
		imported("opening-balances", lastYearsInvoices());
		for (String person : List.of("tina", "tom", "mark")) {
			User user = this.identityService.createUserQuery().userId(person).singleResult();
			user.setPassword(TestUsers.password(person));
			this.identityService.saveUser(user);
		}
		TestUsers.ensure(this.identityService, "asha", Roles.SALES_ASSISTANT);
		TestUsers.ensure(this.identityService, "kurt", Roles.WAREHOUSE);
		TestUsers.ensure(this.identityService, "fiona", Roles.FINANCE);
	}

	@Test
	void startsWithOnlyAnAdministratorAndTheImportedPeopleSeeTheirShare() {
		// then
		assertThat(emptyAtStart).isTrue();
		assertThat(this.identityService.createUserQuery().memberOfGroup(Roles.SALES_REP).list()).extracting(User::getId)
			.containsExactlyInAnyOrder("tina", "tom");
		assertThat(this.identityService.createUserQuery().userId("mark").memberOfGroup(Roles.SALES_MANAGER).count())
			.isOne();
		Http tina = new Http(this.port).as("tina");
		assertThat(Http.json(tina.get("/api/customers"), 200).findValuesAsText("code")).containsExactly("K001");
		assertThat(Http.json(tina.get("/api/products"), 200).findValuesAsText("name")).containsExactly("离心泵 200",
				"Gate valve, DN100");
		assertThat(tina.get("/api/organisation").statusCode()).isEqualTo(403);
		JsonNode organisation = Http.json(new Http(this.port).as("mark").get("/api/organisation"), 200);
		assertThat(organisation.get("reps").findValuesAsText("userId")).containsExactly("tina", "tom");
		assertThat(organisation.get("regions").findValuesAsText("managerUserId")).containsExactly("mark");
	}

	@Test
	void aBadFileIsRefusedWholeWithEveryProblemNamed() {
		// given
		String bad = CUSTOMERS + """
				K003,Weifang Gears,91370700MA3C00002K,DIRECT,S01,LOW,3 Road,,,6222,,Li Na,139 1,3 Road,Li Na,,,,,true
				K004,Rizhao Bearings,91370700MA3C00002L,DIRECT,S09,LOW,4 Road,,,6222,,Xu Bo,,4 Road,Xu Bo,,,,,yes
				""";

		// when
		HttpResponse<String> refused = this.admin.post("/api/imports/customers", "text/csv",
				java.net.http.HttpRequest.BodyPublishers.ofString(bad));

		// then
		assertThat(Http.json(refused, 422).get("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("line[5].taxNumber", "line[5].contactPhone", "line[5].active", "line[5].repId");
		assertThat(Http.json(this.admin.get("/api/customers"), 200).findValuesAsText("code")).containsExactly("K001",
				"K002");
	}

	@Test
	void aDayThatHasNotComeIsRefusedWhereTheFileRecordsWhatHappenedBefore() {
		// given: a first order, an invoice and a settlement dated tomorrow
		LocalDate tomorrow = TestClock.today().plusDays(1);
		String customers = CUSTOMERS.replace("2021-05-10", tomorrow.toString());
		String invoices = "customerCode,invoiceNumber,issueDate,dueDate,amount,openAmount,settledOn\n"
				+ "K001,OLD-T1,%s,%s,100.00,0.00,%s\n".formatted(tomorrow, tomorrow.plusDays(30), tomorrow)
				+ "K001,OLD-T2,%s,%s,100.00,0.00,%s\n".formatted(TestClock.today().minusDays(40),
						TestClock.today().minusDays(10), tomorrow);
		String payments = "customerCode,receiptNumber,receivedOn,amount,invoiceNumber\nK001,OLD-RT,%s,10.00,\n"
			.formatted(tomorrow);

		// when
		HttpResponse<String> customersRefused = this.admin.post("/api/imports/customers", "text/csv",
				java.net.http.HttpRequest.BodyPublishers.ofString(customers));
		HttpResponse<String> invoicesRefused = this.admin.post("/api/imports/opening-balances", "text/csv",
				java.net.http.HttpRequest.BodyPublishers.ofString(invoices));
		HttpResponse<String> paymentsRefused = this.admin.post("/api/imports/opening-payments", "text/csv",
				java.net.http.HttpRequest.BodyPublishers.ofString(payments));

		// then
		assertThat(Http.json(customersRefused, 422).get("errors").findValuesAsText("field"))
			.containsExactly("line[2].firstOrderDate");
		assertThat(Http.json(customersRefused, 422).get("errors").findValuesAsText("code"))
			.containsExactly("after-today");
		assertThat(Http.json(invoicesRefused, 422).get("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("line[2].issueDate", "line[2].settledOn", "line[3].settledOn");
		assertThat(Http.json(paymentsRefused, 422).get("errors").findValuesAsText("field"))
			.containsExactly("line[2].receivedOn");
		assertThat(this.jdbc.queryForObject("select count(*) from customer where first_order_date > ?", Integer.class,
				java.sql.Date.valueOf(TestClock.today())))
			.isZero();
	}

	@Test
	void aRepKeepsWorkingUntilTheirCustomersAreHandedOver() {
		// when
		HttpResponse<String> refused = this.admin.post("/api/imports/organisation", "text/csv",
				java.net.http.HttpRequest.BodyPublishers
					.ofString(ORGANISATION.replace("500000.00,true", "500000.00,false")));

		// then
		assertThat(Http.json(refused, 422).get("errors").findValuesAsText("field")).containsExactly("line[5].active");
		assertThat(Http.json(this.admin.get("/api/organisation"), 200).get("reps").findValuesAsText("active"))
			.containsExactly("true", "true");
	}

	@Test
	void importingTheSameFilesOrTheirExportAgainChangesNothing() {
		// when
		List<JsonNode> again = List.of(imported("organisation", ORGANISATION), imported("products", PRODUCTS),
				imported("customers", CUSTOMERS), imported("opening-balances", lastYearsInvoices()),
				imported("customers", exported("customers")), imported("products", exported("products")),
				imported("organisation", exported("organisation")),
				imported("opening-balances", exported("opening-balances")), imported("prices", nextMonthsPrices()),
				imported("prices", exported("prices")));

		// then
		assertThat(again).allSatisfy((result) -> {
			assertThat(result.get("created").asInt()).as(result.toString()).isZero();
			assertThat(result.get("updated").asInt()).as(result.toString()).isZero();
			assertThat(result.get("unchanged").asInt()).isEqualTo(result.get("rows").asInt()).isPositive();
		});
	}

	@Test
	void theCreditRefreshRatesTheImportedHistoryAndAnOrderGoesThroughTheFlow() throws Exception {
		// given
		Http fiona = new Http(this.port).as("fiona");
		HttpResponse<String> refresh = fiona.postJson("/engine-rest/process-definition/key/credit-refresh/submit-form",
				"{\"variables\": {}}");
		assertThat(refresh.statusCode()).as(refresh.body()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> Http.json(fiona.get("/api/credit/ratings"), 200).findValuesAsText("customerCode").size() == 2);
		JsonNode ratings = Http.json(fiona.get("/api/credit/ratings"), 200);
		assertThat(rating(ratings, "K001")).containsEntry("grade", "A")
			.containsEntry("creditLimit", "120000.00")
			.containsEntry("paymentTerms", "NET60");
		assertThat(rating(ratings, "K002")).containsEntry("grade", "C").containsEntry("paymentTerms", "PREPAY");
		OrderDesk desk = new OrderDesk(this.port);

		// when
		String number = desk.submit("K001", "VLV-100", 10);
		desk.approveAndSign(number);
		desk.dispatchAndDeliver(number);
		desk.invoice(number);

		// then
		await().atMost(Duration.ofSeconds(30))
			.until(() -> "CLOSED".equals(Http.json(fiona.get("/api/orders/" + number), 200).get("status").asText()));
		assertThat(Http.json(fiona.get("/api/orders/" + number), 200).get("paymentTerms").asText()).isEqualTo("NET60");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void theOrganisationChangesOneRecordAtATimeAndAPersonWhoLeavesHandsOverTheirWork() {
		// given a newcomer entered on her own, who sets her password through the mailed
		// link
		Http admin = this.admin;
		assertThat(Http.json(admin.postJson("/api/organisation/changes", """
				{"type": "REP", "id": "S03", "name": "Lena Sun", "parent": "JN", "userId": "lena",
				 "email": "lena@own.example", "hiredOn": "2026-10-01", "targetIncentive": 8000.00}"""), 200)
			.get("created")
			.asInt()).isOne();
		Http.json(admin.post("/api/organisation/users/lena/password-link", "application/json",
				java.net.http.HttpRequest.BodyPublishers.noBody()), 202);
		String mail = this.jdbc.queryForObject(
				"select body from notification where recipients = 'lena@own.example' order by id desc limit 1",
				String.class);
		String token = mail.substring(mail.indexOf("?token=") + 7).split("\\s")[0];
		HttpResponse<String> set = new Http(this.port).post("/password", "application/x-www-form-urlencoded",
				java.net.http.HttpRequest.BodyPublishers.ofString("token=" + token + "&password=lena-secret-42"));
		assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
		Http lena = new Http(this.port).as("lena", "lena-secret-42");
		assertThat(
				new Http(this.port)
					.post("/password", "application/x-www-form-urlencoded",
							java.net.http.HttpRequest.BodyPublishers
								.ofString("token=" + token + "&password=another-one-42"))
					.statusCode())
			.isEqualTo(422);
		imported("customers",
				CUSTOMERS
						+ """
								K003,Weifang Gears,%s,DIRECT,S03,LOW,3 Road,,,6222,,Li Na | Xu Bo,139 1 | 139 2,3 Road | 5 Harbour Road,\
								Li Na | Xu Bo,,| Mon-Sat 07:00-12:00,Deppon | SF,,true
								"""
							.formatted(taxNumber("91370700MA3C00002")));
		assertThat(imported("customers", exported("customers")).get("unchanged").asInt()).isEqualTo(3);
		assertThat(Http.json(lena.get("/api/customers"), 200).findValuesAsText("code")).containsExactly("K003");
		JsonNode k003 = Http.json(lena.get("/api/customers/K003"), 200).get("file");
		assertThat(k003.get("contacts").findValuesAsText("phone")).containsExactly("139 1", "139 2");
		assertThat(k003.get("deliveryAddresses").findValuesAsText("preferredCarrier")).containsExactly("Deppon", "SF");

		// and stock counted, payments of last year, a product and a team changed record
		// by record
		assertThat(Http
			.json(admin.post("/api/imports/stock", "text/csv",
					java.net.http.HttpRequest.BodyPublishers.ofString("sku,stockOnHand\nVLV-100,-1\nNOPE,3\n")), 422)
			.get("errors")
			.findValuesAsText("field")).containsExactly("line[2].stockOnHand", "line[3].sku");
		assertThat(imported("stock", "\uFEFFsku,stockOnHand\r\nPMP-200,7\r\n").get("updated").asInt()).isOne();
		String payments = "customerCode,receiptNumber,receivedOn,amount,invoiceNumber\nK001,OLD-R01,"
				+ TestClock.today().minusMonths(6) + ",50000.00,OLD-06\n";
		assertThat(imported("opening-payments", payments).get("created").asInt()).isOne();
		assertThat(imported("opening-payments", exported("opening-payments")).get("unchanged").asInt()).isOne();
		assertThat(Http
			.json(admin.putJson("/api/products/VLV-100",
					"{\"name\": \"Gate valve, DN100\", \"listPrice\": 600.00, \"floorPrice\": 700.00}"), 422)
			.get("errors")
			.findValuesAsText("field")).containsExactly("floorPrice");
		LocalDate moved = TestClock.today().minusDays(20);
		Http.json(admin.postJson("/api/organisation/changes",
				"{\"type\": \"REGION\", \"id\": \"QD\", \"name\": \"Qingdao\", \"parent\": \"EAST\", \"userId\": \"mark\"}"),
				200);
		Http.json(admin.postJson("/api/organisation/changes", """
				{"type": "REP", "id": "S02", "name": "Tom Zhao", "parent": "QD", "userId": "tom",
				 "hiredOn": "2026-09-01", "targetIncentive": 10000.00, "territoryPotential": 200000.00,
				 "effectiveFrom": "%s"}""".formatted(moved)), 200);
		assertThat(team(admin, moved.minusDays(1), "S02")).isEqualTo("JN");
		assertThat(team(admin, moved, "S02")).isEqualTo("QD");

		// when
		JsonNode departure = Http.json(admin.postJson("/api/organisation/reps/S03/departure",
				"{\"successor\": \"S01\", \"effectiveFrom\": \"" + TestClock.today() + "\", \"reason\": \"Left\"}"),
				200);

		// then
		assertThat(departure.get("customers").get(0).asText()).isEqualTo("K003");
		assertThat(lena.get("/api/customers").statusCode()).isEqualTo(403);
		assertThat(Http.json(new Http(this.port).as("tina").get("/api/customers"), 200).findValuesAsText("code"))
			.containsExactly("K001", "K003");
		assertThat(Http.json(admin.postJson("/api/organisation/reps/S03/departure",
				"{\"successor\": \"S03\", \"effectiveFrom\": \"" + TestClock.today() + "\", \"reason\": \"Left\"}"),
				422)
			.get("errors")
			.findValuesAsText("field")).containsExactlyInAnyOrder("repId", "successor");

		// and changes for a later day wait, listed and cancellable, until their day
		LocalDate later = TestClock.today().plusDays(10);
		JsonNode transfer = Http.json(admin.postJson("/api/organisation/changes", """
				{"type": "REP", "id": "S02", "name": "Tom Zhao", "parent": "JN", "userId": "tom",
				 "hiredOn": "2026-09-01", "targetIncentive": 10000.00, "territoryPotential": 200000.00,
				 "effectiveFrom": "%s"}""".formatted(later)), 202);
		assertThat(transfer.get("status").asText()).isEqualTo("PENDING");
		assertThat(team(admin, later, "S02")).isEqualTo("QD");
		String leaving = "{\"successor\": \"S02\", \"effectiveFrom\": \"" + later + "\", \"reason\": \"Moves\"}";
		Http.json(admin.postJson("/api/organisation/reps/S01/departure", leaving), 202);
		assertThat(Http.json(admin.postJson("/api/organisation/reps/S01/departure", leaving), 422)
			.get("errors")
			.findValuesAsText("field")).containsExactly("repId");
		assertThat(Http.json(admin.get("/api/organisation/changes/pending"), 200).findValuesAsText("subjectId"))
			.containsExactly("S02", "S01");
		String cancel = "/api/organisation/changes/" + transfer.get("id").asText();
		assertThat(Http.json(admin.delete(cancel), 200).get("status").asText()).isEqualTo("CANCELLED");
		assertThat(admin.delete(cancel).statusCode()).isEqualTo(409);
		assertThat(admin.delete("/api/organisation/changes/999999").statusCode()).isEqualTo(404);
		assertThat(Http.json(new Http(this.port).as("tina").get("/api/customers"), 200).findValuesAsText("code"))
			.containsExactly("K001", "K003");
	}

	private static String team(Http http, LocalDate day, String repId) {
		for (JsonNode member : Http.json(http.get("/api/organisation/teams?asOf=" + day), 200)) {
			if (repId.equals(member.get("repId").asText())) {
				return member.get("regionId").asText();
			}
		}
		throw new AssertionError("no rep " + repId);
	}

	private static String taxNumber(String first17) {
		return first17 + SocialCreditCode.checkCharacter(first17);
	}

	private JsonNode imported(String file, String csv) {
		return Http.json(this.admin.post("/api/imports/" + file, "text/csv",
				java.net.http.HttpRequest.BodyPublishers.ofString(csv)), 200);
	}

	private String exported(String file) {
		HttpResponse<String> export = this.admin.get("/api/imports/" + file);
		assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
		return export.body();
	}

	private static Map<String, String> rating(JsonNode ratings, String code) {
		for (JsonNode line : ratings) {
			if (code.equals(line.get("customerCode").asText())) {
				return Map.of("grade", line.get("grade").asText(), "creditLimit",
						line.get("creditLimit").decimalValue().setScale(2).toPlainString(), "paymentTerms",
						line.get("paymentTerms").asText());
			}
		}
		throw new AssertionError("no rating for " + code + " in " + ratings);
	}

	/** The gate valve dearer from next month; orders today keep today's floor price. */
	static String nextMonthsPrices() {
		return "sku,effectiveFrom,listPrice,floorPrice\nVLV-100," + TestClock.today().plusMonths(1)
				+ ",650.00,480.00\n";
	}

	/**
	 * K001: 50,000 invoiced on the 5th of each of the last 12 months, paid 3 days late.
	 */
	static String lastYearsInvoices() {
		StringBuilder csv = new StringBuilder(
				"customerCode,invoiceNumber,issueDate,dueDate,amount,openAmount,settledOn\n");
		LocalDate month = TestClock.today().withDayOfMonth(5).minusMonths(12);
		for (int i = 1; i <= 12; i++, month = month.plusMonths(1)) {
			LocalDate due = month.plusDays(30);
			csv.append("K001,OLD-%02d,%s,%s,50000.00,0.00,%s\n".formatted(i, month, due, due.plusDays(3)));
		}
		return csv.toString();
	}

}
