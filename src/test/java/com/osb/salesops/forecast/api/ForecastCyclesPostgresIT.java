package com.osb.salesops.forecast.api;

import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.forecast.SalesFixture;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two monthly forecast cycles of a small company through the REST API on PostgreSQL:
 * forecasts uploaded as CSV (a bad file answered 422 with every line and column named,
 * nothing kept) and written in the Tasklist form, reviewed, approved by each region's
 * manager; then the roll-up against the previous cycle and the accuracy of two closed
 * months, computed by hand from the ledger below (a month with a return, a rep with no
 * sales), as JSON and CSV, each role seeing only its own.
 */
class ForecastCyclesPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void companyAndLedger() {
		TestUsers.ensure(this.identityService, "fops", Roles.SALES_OPS);
		TestUsers.ensure(this.identityService, "fasst", Roles.SALES_ASSISTANT);
		TestUsers.ensure(this.identityService, "fmgr1", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "fmgr2", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "fdir", Roles.SALES_DIRECTOR);
		if (this.jdbc.queryForObject("select count(*) from market where id = 'FM'", Integer.class) > 0) {
			return;
		}
		this.jdbc.update("insert into market (id, name, manager_user_id) values ('FM', 'Forecast market', 'fdir')");
		this.jdbc.update("insert into region (id, market_id, name, manager_user_id) values"
				+ " ('FR1', 'FM', 'Forecast north', 'fmgr1'), ('FR2', 'FM', 'Forecast south', 'fmgr2')");
		for (int rep = 1; rep <= 3; rep++) {
			this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on) values (?, ?, ?, ?, ?)",
					"F0" + rep, (rep <= 2) ? "FR1" : "FR2", "frep" + rep, "Forecast rep " + rep,
					Date.valueOf(LocalDate.of(2020, 1, 1)));
			TestUsers.ensure(this.identityService, "frep" + rep, Roles.SALES_REP);
		}
		this.jdbc.update("insert into customer (code, name, rep_id) values ('FC1', 'First buyer', 'F01'),"
				+ " ('FC2', 'Second buyer', 'F02')");
		this.jdbc.update("insert into product (sku, name, list_price, floor_price, stock_on_hand) values"
				+ " ('FP-1', 'Forecast pump', 10000, 8000, 100), ('FP-2', 'Forecast valve', 10000, 8000, 100)");
		SalesFixture sales = new SalesFixture(this.jdbc);
		// January 2027: F01 80,000 direct, F02 60,000 online, F03 nothing
		sales.invoiced("FC1", "FP-1", "DIRECT", LocalDate.of(2027, 1, 10), "80000.00");
		sales.invoiced("FC2", "FP-1", "ONLINE", LocalDate.of(2027, 1, 12), "60000.00");
		// February 2027: F01 60,000 less a 5,000 return in the month, F02 30,000
		long february = sales.invoiced("FC1", "FP-1", "DIRECT", LocalDate.of(2027, 2, 5), "60000.00");
		sales.credited(february, LocalDate.of(2027, 2, 20), "5000.00");
		sales.invoiced("FC2", "FP-1", "ONLINE", LocalDate.of(2027, 2, 8), "30000.00");
	}

	@AfterEach
	void resetClock() {
		TestClock.reset();
	}

	@Test
	void shouldRunTwoCyclesAndReportTheRollUpAndTheAccuracyToEachRoleItsOwn() throws Exception {
		// given: the December cycle (forecasting January to March 2027)
		String december = start("2026-12");
		JsonNode bad = Http.json(as("frep1").postCsv("/api/forecasts/2026-12/submission", """
				month,sku,channel,quantity,amount
				2027-01,FP-1,DIRECT,10,100000.00
				2026-12,FP-9,SHOP,ten,-5
				"""), 422);
		assertThat(bad.findValuesAsText("field")).containsExactlyInAnyOrder("line[3].month", "line[3].sku",
				"line[3].channel", "line[3].quantity", "line[3].amount");
		assertThat(Http.json(as("frep1").get("/api/forecasts/2026-12/submissions"), 200).at("/0/status").asText())
			.isEqualTo("OPEN");
		// an upload while someone else changes the forecast's process at the same moment
		// (its rows are not updated, as when another transaction changed them first)
		this.jdbc.execute("create or replace function keep_row() returns trigger language plpgsql"
				+ " as $$ begin return null; end $$");
		this.jdbc.execute("create trigger keep_forecast before update on act_ru_execution for each row"
				+ " when (old.proc_def_id_ like 'sales-forecast:%') execute function keep_row()");
		HttpResponse<String> sameMoment;
		try {
			sameMoment = as("frep1").postCsv("/api/forecasts/2026-12/submission", """
					month,sku,channel,quantity,amount
					2027-01,FP-1,DIRECT,10,100000.00
					""");
		}
		finally {
			this.jdbc.execute("drop trigger keep_forecast on act_ru_execution");
		}
		assertThat(sameMoment.statusCode()).as(sameMoment.body()).isEqualTo(409);
		assertThat(Http.json(sameMoment, 409).path("code").asText()).isEqualTo("changed-meanwhile");
		assertThat(Http.json(as("frep1").get("/api/forecasts/2026-12/submissions"), 200).at("/0/status").asText())
			.isEqualTo("OPEN");
		JsonNode uploaded = Http.json(as("frep1").postCsv("/api/forecasts/2026-12/submission", """
				month,sku,channel,quantity,amount
				2027-01,FP-1,DIRECT,10,100000.00
				2027-02,FP-1,DIRECT,5,50000.00
				"""), 201);
		assertThat(uploaded.at("/lines/0/flagged").asBoolean()).isTrue();
		assertThat(uploaded.at("/lines/0/flagReason").asText()).contains("pipeline expects nothing");
		assertThat(uploaded.at("/lines/0/rules").asText()).contains("forecast-pipeline-check");
		JsonNode inChinese = Http.json(as("frep1").inLanguage("zh-CN").get("/api/forecasts/2026-12/submissions"), 200);
		assertThat(inChinese.at("/0/lines/0/flagReason").asText()).contains("销售管道预期为零", "¥100,000.00")
			.doesNotContainPattern("[A-Za-z]{3,} [A-Za-z]{3,}");
		assertThat(inChinese.at("/0/lines/0/rules").asText()).contains("forecast-pipeline-check", "抽查：")
			.doesNotContain("Spot-check");
		Http.json(as("frep2").postCsv("/api/forecasts/2026-12/submission",
				"month,sku,channel,quantity,amount\n2027-01,FP-1,ONLINE,4,40000.00\n"), 201);
		completeInForm(december, "frep3", "month,sku,channel,quantity,amount\n2027-01,FP-2,DIRECT,1,10000.00\n");
		assertThat(as("frep1").postCsv("/api/forecasts/2026-12/submission", "month,sku,channel,quantity,amount\n")
			.statusCode()).isEqualTo(404);
		reviewAndApprove(december);
		// and the January cycle (forecasting February to April)
		String january = start("2027-01");
		Http.json(as("frep1").postCsv("/api/forecasts/2027-01/submission",
				"month,sku,channel,quantity,amount\n2027-02,FP-1,DIRECT,6,60000.00\n"), 201);
		Http.json(as("frep2").postCsv("/api/forecasts/2027-01/submission",
				"month,sku,channel,quantity,amount\n2027-02,FP-1,ONLINE,3,30000.00\n"), 201);
		Http.json(as("frep3").postCsv("/api/forecasts/2027-01/submission",
				"month,sku,channel,quantity,amount\n2027-02,FP-2,DIRECT,1,10000.00\n"), 201);
		reviewAndApprove(january);

		// when: February has closed
		ClockUtil.setCurrentTime(java.util.Date.from(OffsetDateTime.parse("2027-03-10T10:00:00+08:00").toInstant()));
		JsonNode rollup = Http.json(as("fdir").get("/api/forecasts/rollup?period=2027-01"), 200);
		String rollupCsv = as("fops").get("/api/forecasts/rollup?period=2027-01&format=csv").body();
		JsonNode accuracy = Http.json(as("fops").get("/api/forecasts/accuracy?from=2027-01&to=2027-02"), 200);
		HttpResponse<String> accuracyCsv = as("fdir").get("/api/forecasts/accuracy?from=2027-01&to=2027-02&format=csv");
		JsonNode repView = Http.json(as("frep2").get("/api/forecasts/accuracy?from=2027-01&to=2027-02"), 200);
		JsonNode managerView = Http.json(as("fmgr2").get("/api/forecasts/2026-12/submissions"), 200);

		// then: the roll-up of February against the December cycle's forecast of it
		assertThat(row(rollup, "REGION", "FR1", "FP-1", "2027-02")).isEqualTo("FP-1 9 90000.00 50000.00 40000.00");
		assertThat(row(rollup, "MARKET", "FM", "FP-1", "2027-02")).isEqualTo("FP-1 9 90000.00 50000.00 40000.00");
		assertThat(row(rollup, "REGION", "FR2", "FP-2", "2027-02")).isEqualTo("FP-2 1 10000.00 0.00 10000.00");
		assertThat(rollupCsv).startsWith("period,level,id,name,sku,month,quantity,amount,previousAmount,change\n")
			.contains("2027-01,REGION,FR1,Forecast north,FP-1,2027-02,9,90000.00,50000.00,40000.00\n");
		// January, 1 month ahead: F01 +20,000 (25%), F02 -20,000 (33.33%), F03 no sales
		assertThat(figures(accuracy, "2027-01", 1, "REP", "F01")).isEqualTo("100000.00 80000.00 20000.00 25.00");
		assertThat(figures(accuracy, "2027-01", 1, "REP", "F02")).isEqualTo("40000.00 60000.00 -20000.00 33.33");
		assertThat(figures(accuracy, "2027-01", 1, "REP", "F03")).isEqualTo("10000.00 0.00 10000.00 null");
		assertThat(wapeAndBias(accuracy, "2027-01", 1, "REGION", "FR1")).isEqualTo("28.57 0.00");
		assertThat(wapeAndBias(accuracy, "2027-01", 1, "MARKET", "FM")).isEqualTo("35.71 7.14");
		// February, net of the return: 1 month ahead and 2 months ahead
		assertThat(figures(accuracy, "2027-02", 1, "REP", "F01")).isEqualTo("60000.00 55000.00 5000.00 9.09");
		assertThat(wapeAndBias(accuracy, "2027-02", 1, "MARKET", "FM")).isEqualTo("17.65 17.65");
		assertThat(figures(accuracy, "2027-02", 2, "REP", "F02")).isEqualTo("0.00 30000.00 -30000.00 100.00");
		assertThat(wapeAndBias(accuracy, "2027-02", 2, "MARKET", "FM")).isEqualTo("41.18 -41.18");
		assertThat(wapeAndBias(accuracy, "2027-02", 2, "PRODUCT", "FP-1")).isEqualTo("41.18 -41.18");
		// each row named as people know it, not by its id
		assertThat(accuracyRow(accuracy, "2027-01", 1, "REP", "F01").get("name").asText()).isEqualTo("Forecast rep 1");
		assertThat(accuracyRow(accuracy, "2027-01", 1, "REGION", "FR1").get("name").asText())
			.isEqualTo("Forecast north");
		assertThat(accuracyRow(accuracy, "2027-01", 1, "MARKET", "FM").get("name").asText())
			.isEqualTo("Forecast market");
		assertThat(accuracyRow(accuracy, "2027-02", 2, "PRODUCT", "FP-1").get("name").asText())
			.isEqualTo("Forecast pump");
		assertThat(accuracyRow(accuracy, "2027-01", 1, "COMPANY", "ALL").get("name").asText())
			.isEqualTo("Whole company");
		assertThat(accuracyRow(
				Http.json(as("fops").inLanguage("zh-CN").get("/api/forecasts/accuracy?from=2027-01&to=2027-01"), 200),
				"2027-01", 1, "COMPANY", "ALL")
			.get("name")
			.asText()).isEqualTo("全公司");
		assertThat(accuracyCsv.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
		assertThat(accuracyCsv.body()).startsWith("month,horizon,level,id,name,forecast,actual,error,ape,wape,bias\n")
			.contains("2027-01,1,REP,F03,Forecast rep 3,10000.00,0.00,10000.00,,,\n");
		assertThat(repView.get("rows").findValuesAsText("id")).containsOnly("ALL", "FM", "FR1", "F02", "FP-1");
		assertThat(managerView.findValuesAsText("repId")).containsExactly("F03");
		assertThat(Http.json(as("frep1").get("/api/forecasts/accuracy?to=2027-04"), 422).findValuesAsText("field"))
			.containsExactly("to");
		// and narrowed to a product or a channel, never beyond the reader's reps
		JsonNode fp2 = Http.json(as("fops").get("/api/forecasts/accuracy?from=2027-01&to=2027-01&product=FP-2"), 200);
		assertThat(fp2.get("rows").findValuesAsText("id")).doesNotContain("FP-1", "F01", "F02").contains("FP-2");
		assertThat(figures(fp2, "2027-01", 1, "REP", "F03")).isEqualTo("10000.00 0.00 10000.00 null");
		JsonNode repProduct = Http
			.json(as("frep2").get("/api/forecasts/accuracy?from=2027-01&to=2027-02&product=FP-1&rep=F01"), 200);
		assertThat(repProduct.get("rows")).isEmpty();
		JsonNode online = Http.json(as("frep2").get("/api/forecasts/accuracy?from=2027-01&to=2027-02&channel=ONLINE"),
				200);
		assertThat(online.get("rows").findValuesAsText("id")).containsOnly("ALL", "FM", "FR1", "F02", "FP-1");
		assertThat(Http.json(as("fops").get("/api/forecasts/accuracy?channel=PHONE"), 422).findValuesAsText("field"))
			.containsExactly("channel");
	}

	private String start(String period) throws Exception {
		JsonNode started = Http.json(as("fops").postJson("/engine-rest/process-definition/key/sales-forecast/start",
				"{\"variables\":{\"period\":{\"value\":\"" + period + "\"}}}"), 200);
		return started.get("id").asText();
	}

	private void completeInForm(String cycle, String user, String lines) {
		JsonNode task = Http.json(as(user).get("/engine-rest/task?maxResults=100&processInstanceId=" + cycle
				+ "&taskDefinitionKey=Task_SubmitForecast"), 200)
			.get(0);
		// what the step asks, as Tasklist shows it to a Chinese reader
		assertThat(Http.json(as(user).inLanguage("zh-CN").get("/engine-rest/task/" + task.get("id").asText()), 200)
			.path("description")
			.asText()).containsPattern("\\p{IsHan}").doesNotContain("The rep writes");
		// a forecast with mistakes is refused, each named where it is in the reader's
		// words
		String wrong = "{\"variables\":{\"forecastLines\":{\"value\":\"month,sku,channel,quantity,amount\\n"
				+ "2027-01,NO-SUCH,DIRECT,1,10.00\\n2027-02,FP-2,NOPE,1,10.00\"}}}";
		String refused = Http
			.json(as(user).inLanguage("zh-CN")
				.postJson("/engine-rest/task/" + task.get("id").asText() + "/submit-form", wrong), 400)
			.get("message")
			.asText();
		assertThat(refused).contains("第 2 行的产品：没有有效产品“NO-SUCH”；第 3 行的渠道：").doesNotContain("line", "sku");
		String body = "{\"variables\":{\"forecastLines\":{\"value\":\"" + lines.replace("\n", "\\n") + "\"}}}";
		assertThat(as(user).postJson("/engine-rest/task/" + task.get("id").asText() + "/complete", body).statusCode())
			.isEqualTo(204);
	}

	/** The assistant accepts the company's forecasts, each region's manager approves. */
	private void reviewAndApprove(String cycle) {
		for (JsonNode task : Http.json(as("fasst").get("/engine-rest/task?maxResults=100&processInstanceId=" + cycle
				+ "&taskDefinitionKey=Task_ReviewForecast"), 200)) {
			assertThat(as("fasst")
				.postJson("/engine-rest/task/" + task.get("id").asText() + "/complete",
						"{\"variables\":{\"reviewDecision\":{\"value\":\"ACCEPT\"}}}")
				.statusCode()).isEqualTo(204);
		}
		for (String manager : List.of("fmgr1", "fmgr2")) {
			JsonNode tasks = Http.json(as(manager).get("/engine-rest/task?maxResults=100&processInstanceId=" + cycle
					+ "&taskDefinitionKey=Task_ApproveRegionForecast&candidateUser=" + manager), 200);
			assertThat(tasks).hasSize(1);
			assertThat(as(manager)
				.postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
						"{\"variables\":{\"approvalComment\":{\"value\":\"Agreed\"}}}")
				.statusCode()).isEqualTo(204);
		}
	}

	private static String row(JsonNode rollup, String level, String id, String sku, String month) {
		List<String> found = new ArrayList<>();
		for (JsonNode row : rollup.get("rows")) {
			if (row.get("level").asText().equals(level) && row.get("id").asText().equals(id)
					&& row.get("sku").asText().equals(sku) && row.get("month").asText().equals(month)) {
				found.add(row.get("sku").asText() + " " + row.get("quantity").asLong() + " "
						+ row.get("amount").decimalValue().toPlainString() + " "
						+ row.get("previousAmount").decimalValue().toPlainString() + " "
						+ row.get("change").decimalValue().toPlainString());
			}
		}
		assertThat(found).as(level + " " + id + " " + month).hasSize(1);
		return found.get(0);
	}

	private static JsonNode accuracyRow(JsonNode accuracy, String month, int horizon, String level, String id) {
		for (JsonNode row : accuracy.get("rows")) {
			if (row.get("month").asText().equals(month) && row.get("horizon").asInt() == horizon
					&& row.get("level").asText().equals(level) && row.get("id").asText().equals(id)) {
				return row;
			}
		}
		throw new AssertionError("No accuracy row " + month + " " + horizon + " " + level + " " + id);
	}

	private static String figures(JsonNode accuracy, String month, int horizon, String level, String id) {
		JsonNode row = accuracyRow(accuracy, month, horizon, level, id);
		return decimal(row.get("forecast")) + " " + decimal(row.get("actual")) + " " + decimal(row.get("error")) + " "
				+ decimal(row.get("ape"));
	}

	private static String wapeAndBias(JsonNode accuracy, String month, int horizon, String level, String id) {
		JsonNode row = accuracyRow(accuracy, month, horizon, level, id);
		return decimal(row.get("wape")) + " " + decimal(row.get("bias"));
	}

	private static String decimal(JsonNode value) {
		return (value == null || value.isNull()) ? "null" : value.decimalValue().setScale(2).toPlainString();
	}

	private Http as(String user) {
		return new Http(this.port).as(user);
	}

}
