package com.osb.salesops.home.api;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.osb.salesops.ordertocash.order.OpenOrders;
import com.osb.salesops.ordertocash.order.OrderCycleTimes;
import com.osb.salesops.ordertocash.order.OrderTotals;
import com.osb.salesops.ordertocash.order.Orders;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.support.CustomerFixture;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.TestClock;
import com.osb.salesops.support.TestUsers;
import org.assertj.core.data.Percentage;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The APIs of the report pages on PostgreSQL: attainment by rep and region as the home
 * page's attainment gives it, cycle times from the engine's history with their median and
 * 90th percentile, the order list's new filters, and the pages each role may open;
 * another rep's figures are not found.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsApiPostgresIT extends PostgresIntegrationTest {

	private static final String ARCHIVED = "EndEvent_InvoiceArchived";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identityService;

	@Autowired
	OrderTotals totals;

	@Autowired
	OrderCycleTimes cycleTimes;

	@Autowired
	Orders orders;

	@Autowired
	OpenOrders openOrders;

	@Autowired
	TransactionTemplate transactions;

	@BeforeAll
	void aRegionOfTwoRepsWithHistory() {
		CustomerFixture customers = new CustomerFixture(this.jdbc);
		this.jdbc.update("insert into market (id, name, manager_user_id) values ('QM', 'Report market', 'qdirector')");
		this.jdbc.update("insert into region (id, market_id, name, manager_user_id) values"
				+ " ('QA', 'QM', 'Report A', 'qmanager'), ('QB', 'QM', 'Report B', 'qother')");
		this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive) values"
				+ " ('QR1', 'QA', 'qrep1', 'Rep QR1', '2020-01-01', 10000),"
				+ " ('QR2', 'QA', 'qrep2', 'Rep QR2', '2020-01-01', 10000),"
				+ " ('QR3', 'QB', 'qrep3', 'Rep QR3', '2020-01-01', 10000),"
				+ " ('QR4', 'QB', 'qrep4', 'Rep QR4', '2020-01-01', 10000)");
		long first = customers.customer("QR1");
		long second = customers.customer("QR2");
		archived("SCQR1A", first, "QR1", "DIRECT", 10, 1);
		archived("SCQR1B", first, "QR1", null, 30, 3);
		long paid = archived("SCQR2A", second, "QR2", null, 100, 5);
		this.jdbc.update("insert into payment (number, customer_id, order_id, received_on, amount)"
				+ " values ('SKREPORT01', ?, ?, '2026-11-01', 600)", second, paid);
		this.jdbc.update("insert into incentive_quota (rep_id, quarter, quota) values"
				+ " ('QR1', '2026-Q4', 1000), ('QR2', '2026-Q4', 2000)");
		customers.openInvoice(first, "700.00", 40);
		customers.openInvoice(second, "900.00", 20);
		this.jdbc.update("insert into collection_case (invoice_id, customer_id, status, opened_on)"
				+ " select invoice_id, customer_id, 'OPEN', due_date + 1 from receivable where open_amount > 0 and customer_id in (?, ?)",
				first, second);
		this.totals.recountAll();
		this.cycleTimes.refreshAll();
		TestUsers.ensure(this.identityService, "qrep1", Roles.SALES_REP);
		TestUsers.ensure(this.identityService, "qmanager", Roles.SALES_MANAGER);
		TestUsers.ensure(this.identityService, "qops", Roles.SALES_OPS);
	}

	@Test
	void attainmentByRepAndRegionAgreesWithTheHomePage() throws Exception {
		// when
		JsonNode reps = Http.json(as("qmanager").get("/api/reports/attainment"), 200);
		JsonNode region = Http.json(as("qmanager").get("/api/reports/attainment?by=region"), 200);
		JsonNode home = Http.json(as("qmanager").get("/api/home/attainment"), 200);

		// then
		assertThat(reps.get("rows")).hasSize(2);
		for (int i = 0; i < 2; i++) {
			JsonNode row = reps.get("rows").get(i);
			JsonNode item = home.get("items").get(i);
			assertThat(row.get("key").asText()).isEqualTo(item.get("repId").asText());
			assertThat(row.get("credited").decimalValue()).isEqualByComparingTo(item.get("credited").decimalValue());
			assertThat(row.get("attainment").decimalValue())
				.isEqualByComparingTo(item.get("attainment").decimalValue());
			assertThat(row.get("payoutRate").decimalValue())
				.isEqualByComparingTo(item.get("payoutRate").decimalValue());
		}
		JsonNode qa = region.get("rows").get(0);
		assertThat(qa.get("key").asText()).isEqualTo("QA");
		assertThat(qa.get("quota").decimalValue()).isEqualByComparingTo("3000");
		assertThat(qa.get("credited").decimalValue()).isEqualByComparingTo("600");
		assertThat(qa.get("attainment").decimalValue()).isEqualByComparingTo("0.2");
		assertThat(region.get("total").get("payout").decimalValue())
			.isEqualByComparingTo(home.get("payout").decimalValue());
		assertThat(region.get("total").get("name").asText()).isEqualTo("Total");
		assertThat(Http.json(as("qmanager").inLanguage("zh-CN").get("/api/reports/attainment?by=region"), 200)
			.get("total")
			.get("name")
			.asText()).isEqualTo("合计");
		assertThat(Http.json(as("qmanager").inLanguage("zh-CN").get("/api/receivables/ageing"), 200)
			.get("total")
			.get("name")
			.asText()).isEqualTo("合计");
		assertThat(as("qmanager").get("/api/reports/attainment?quarter=2026-Q5").statusCode()).isEqualTo(422);
		assertThat(as("qmanager").get("/api/reports/attainment?by=customer").statusCode()).isEqualTo(422);
		assertThat(as("qmanager").get("/api/reports/attainment?rep=QR3").statusCode()).isEqualTo(404);
	}

	@Test
	void cycleTimesAreTheMedianAndNinetiethPercentileOfTheEnginesHistory() throws Exception {
		// when
		JsonNode mine = Http.json(as("qrep1").get("/api/reports/cycle-times"), 200);
		JsonNode team = Http.json(as("qmanager").get("/api/reports/cycle-times"), 200);
		JsonNode direct = Http.json(as("qmanager").get("/api/reports/cycle-times?channel=DIRECT&region=QA"), 200);

		// then
		JsonNode orders = mine.get("orders").get(0);
		assertThat(orders.get("month").asText()).isEqualTo(TestClock.today().minusDays(2).toString().substring(0, 7));
		assertThat(orders.get("count").asLong()).isEqualTo(2);
		assertThat(orders.get("medianHours").decimalValue()).isEqualByComparingTo("20");
		assertThat(orders.get("p90Hours").decimalValue()).isEqualByComparingTo("28");
		JsonNode step = mine.get("steps").get(0);
		assertThat(step.get("step").asText()).isEqualTo("Task_ReviewContract");
		assertThat(step.get("count").asLong()).isEqualTo(2);
		// each step named in the reader's words, as its model names it
		assertThat(step.get("name").asText()).isEqualTo("Review contract");
		assertThat(Http.json(as("qrep1").inLanguage("zh-CN").get("/api/reports/cycle-times"), 200)
			.get("steps")
			.get(0)
			.get("name")
			.asText()).isEqualTo("审核合同");
		assertThat(step.get("medianHours").decimalValue()).isEqualByComparingTo("2");
		assertThat(team.get("orders").get(0).get("count").asLong()).isEqualTo(3);
		assertThat(team.get("orders").get(0).get("medianHours").decimalValue()).isEqualByComparingTo("30");
		assertThat(direct.get("orders").get(0).get("count").asLong()).isEqualTo(1);
		assertThat(as("qrep1").get("/api/reports/cycle-times?rep=QR2").statusCode()).isEqualTo(404);
		assertThat(as("qrep1").get("/api/reports/cycle-times?channel=PHONE").statusCode()).isEqualTo(422);
	}

	@Test
	void cycleTimesFollowAnOrderThatChangesHandsAndTheCompanyIsReadFromItsHistogram() throws Exception {
		// given an open order of QR5 whose contract review ended two days ago, loaded as
		// history; QR5 and QR6 are this test's own reps
		this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive) values"
				+ " ('QR5', 'QB', 'qrep5', 'Rep QR5', '2020-01-01', 10000),"
				+ " ('QR6', 'QB', 'qrep6', 'Rep QR6', '2020-01-01', 10000)");
		long customer = onlineOrder("SCQRCYC1", "QR5", 5);
		Instant end = TestClock.today().minusDays(2).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		this.jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
				+ " START_TIME_) values ('pi-SCQRCYC1', 'pi-SCQRCYC1', 'SCQRCYC1', 'order-to-remittance', 'o2r:1', ?)",
				Timestamp.from(end.minus(Duration.ofDays(3))));
		this.jdbc.update(
				"insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_,"
						+ " ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_) values ('ai-SCQRCYC1',"
						+ " 'order-to-remittance', 'o2r:1', 'pi-SCQRCYC1', 'pi-SCQRCYC1', 'Task_ReviewContract',"
						+ " 'Review contract', 'userTask', ?, ?, 14400000)",
				Timestamp.from(end.minus(Duration.ofHours(4))), Timestamp.from(end));
		this.cycleTimes.refreshAll();
		JsonNode before = Http.json(as("qops").get("/api/reports/cycle-times?rep=QR5&channel=ONLINE"), 200);

		// when the customer and its open order go to QR6
		this.openOrders.handOver(customer, "QR6", "test", null);

		// then the order's spell went with it
		assertThat(before.get("steps").get(0).get("count").asLong()).isEqualTo(1);
		assertThat(before.get("steps").get(0).get("medianHours").decimalValue()).isEqualByComparingTo("4");
		assertThat(Http.json(as("qops").get("/api/reports/cycle-times?rep=QR5&channel=ONLINE"), 200).get("steps"))
			.isEmpty();
		JsonNode after = Http.json(as("qops").get("/api/reports/cycle-times?rep=QR6&channel=ONLINE"), 200);
		assertThat(after.get("steps").get(0).get("count").asLong()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select rep_id from order_cycle_time where source_id = 'Aai-SCQRCYC1'",
				String.class))
			.isEqualTo("QR6");
		// and the company's figures, read from the histogram, count every spell and are
		// within half a percent of the exact percentiles
		String month = TestClock.today().minusDays(2).toString().substring(0, 7);
		JsonNode company = Http.json(as("qops").get("/api/reports/cycle-times"), 200);
		JsonNode orders = monthOf(company.get("orders"), month);
		String exact = "select count(*) as spells,"
				+ " percentile_cont(0.5) within group (order by duration_ms) / 3600000 as median from order_cycle_time"
				+ " where step = '' and year_month = ? and rep_id in (select id from sales_rep where active = true)";
		Map<String, Object> expected = this.jdbc.queryForMap(exact, Integer.parseInt(month.replace("-", "")));
		assertThat(orders.get("count").asLong()).isEqualTo(((Number) expected.get("spells")).longValue());
		assertThat(orders.get("medianHours").doubleValue()).isCloseTo(((Number) expected.get("median")).doubleValue(),
				Percentage.withPercentage(0.6));
		// and the histograms per month and per day, which the days of the current month
		// are
		// read from, count the spells of each month or day, step, channel and bucket
		histogramsCountEverySpell();
	}

	@Test
	void aSpellThatEndsIsWrittenOnceAndCountedInBothHistogramsInTheSameStatement() {
		// given an order of QR7, this test's own rep
		this.jdbc.update("insert into sales_rep (id, region_id, user_id, name, hired_on, target_incentive) values"
				+ " ('QR7', 'QB', 'qrep7', 'Rep QR7', '2020-01-01', 10000)");
		onlineOrder("SCQRCYC7", "QR7", 3);
		this.transactions.executeWithoutResult((tx) -> this.totals.follow("SCQRCYC7"));
		java.util.Date ended = java.util.Date
			.from(TestClock.today().minusDays(1).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		long before = this.jdbc.queryForObject("select count(*) from order_cycle_time", Long.class);

		// when its contract review's spells end, one of them reported twice, and a spell
		// of
		// no order
		this.cycleTimes.ended("Aai-QR7-1", "SCQRCYC7", "Task_ReviewContract", "Review contract", ended, 3_600_000);
		this.cycleTimes.ended("Aai-QR7-1", "SCQRCYC7", "Task_ReviewContract", "Review contract", ended, 3_600_000);
		this.cycleTimes.ended("Aai-QR7-2", "SCQRCYC7", "Task_ReviewContract", "Review contract", ended, 3_600_000);
		this.cycleTimes.ended("Aai-QR7-3", "SCQRCYC7", "Task_ApproveOrder", "Approve order", ended, 90_000_000);
		this.cycleTimes.ended("Aai-QR7-4", "NO-SUCH-ORDER", "Task_ApproveOrder", "Approve order", ended, 60_000);

		// then each spell of the order is written once, and both histograms count them
		assertThat(this.jdbc.queryForObject("select count(*) from order_cycle_time", Long.class)).isEqualTo(before + 3);
		assertThat(this.jdbc.queryForList(
				"select source_id from order_cycle_time where rep_id = 'QR7' and channel = 'ONLINE' order by source_id",
				String.class))
			.containsExactly("Aai-QR7-1", "Aai-QR7-2", "Aai-QR7-3");
		histogramsCountEverySpell();
	}

	/**
	 * A submitted online order of 300 for a new customer of the rep, placed days ago.
	 * @return the customer's id
	 */
	private long onlineOrder(String number, String repId, int daysAgo) {
		long customer = new CustomerFixture(this.jdbc).customer(repId);
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " created_by, channel) values (?, ?, ?, 'SUBMITTED', ?, 300, 'test', 'ONLINE')",
				number, customer, repId, Date.valueOf(TestClock.today().minusDays(daysAgo)));
		return customer;
	}

	/**
	 * Each histogram holds, for each of its cells, as many spells as the spells written,
	 * and nothing more.
	 */
	private void histogramsCountEverySpell() {
		String bucket = OrderCycleTimes.BUCKET.formatted("duration_ms");
		assertThat(this.jdbc.queryForObject("select sum(spells) from order_cycle_histogram", Long.class))
			.isEqualTo(this.jdbc.queryForObject("select count(*) from order_cycle_time", Long.class));
		assertThat(this.jdbc.queryForObject("select count(*) from (select year_month,"
				+ " coalesce(channel, '') as channel, step, " + bucket + " as bucket, count(*) as spells"
				+ " from order_cycle_time group by year_month, coalesce(channel, ''), step, " + bucket
				+ ") c full join order_cycle_histogram h on h.year_month = c.year_month and h.channel = c.channel"
				+ " and h.step = c.step and h.bucket = c.bucket where coalesce(c.spells, 0) <> coalesce(h.spells, 0)",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from (select cast(ended_at as date) as ended_on,"
				+ " coalesce(channel, '') as channel, step, " + bucket + " as bucket, count(*) as spells"
				+ " from order_cycle_time group by cast(ended_at as date), coalesce(channel, ''), step, " + bucket
				+ ") c full join order_cycle_day_histogram h on h.ended_on = c.ended_on and h.channel = c.channel"
				+ " and h.step = c.step and h.bucket = c.bucket where coalesce(c.spells, 0) <> coalesce(h.spells, 0)",
				Long.class))
			.isZero();
	}

	private static JsonNode monthOf(JsonNode spells, String month) {
		for (JsonNode spell : spells) {
			if (spell.get("month").asText().equals(month)) {
				return spell;
			}
		}
		throw new AssertionError("no figures for " + month + " in " + spells);
	}

	@Test
	void theOrderListFiltersByRegionChannelAndProductAndThePagesFollowTheRoles() throws Exception {
		// when
		JsonNode region = Http.json(as("qops").get("/api/orders?region=QA"), 200);
		JsonNode direct = Http.json(as("qops").get("/api/orders?market=QM&channel=DIRECT"), 200);
		JsonNode product = Http.json(as("qops").get("/api/orders?region=QA&product=P-NONE"), 200);

		// then
		assertThat(region.get("total").asLong()).isEqualTo(3);
		// each order names its rep as people know them, beside the rep's id
		region.get("items")
			.forEach((item) -> assertThat(item.path("repName").asText()).isEqualTo(this.jdbc
				.queryForObject("select name from sales_rep where id = ?", String.class, item.path("rep").asText())));
		assertThat(region.get("items").findValuesAsText("repName")).doesNotContain("");
		assertThat(direct.get("total").asLong()).isEqualTo(1);
		assertThat(product.get("total").asLong()).isZero();
		assertThat(Http.json(as("qrep1").get("/api/home"), 200).get("pages").toString()).isEqualTo(
				"[\"attainment\",\"orders\",\"cycle-times\",\"receivables\",\"credit-ratings\",\"forecast-accuracy\","
						+ "\"compliance\",\"satisfaction\",\"statements\"]");
		assertThat(Http.json(as("qops").get("/api/home"), 200).get("pages")).hasSize(10);
		assertThat(new Http(this.port).get("/reports/attainment").body()).contains("login.js");
		assertThat(new Http(this.port).get("/reports/nothing").statusCode()).isEqualTo(404);
		JsonNode cases = Http.json(as("qrep1").get("/api/receivables/collections"), 200).get("items");
		assertThat(cases).hasSize(1);
		assertThat(cases.get(0).get("repId").asText()).isEqualTo("QR1");
		assertThat(cases.get(0).get("daysPastDue").asLong()).isEqualTo(40);
		assertThat(cases.get(0).get("openAmount").decimalValue()).isEqualByComparingTo("700.00");
		assertThat(Http.json(as("qmanager").get("/api/receivables/collections"), 200).get("items")).hasSize(2);
	}

	@Test
	void theMonthlySumsFollowAnOrderAsItChangesStateAndRep() throws Exception {
		// given
		long customer = new CustomerFixture(this.jdbc).customer("QR3");
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount,"
						+ " created_by) values ('SCQRSUM1', ?, 'QR3', 'SUBMITTED', ?, 250, 'test')",
				customer, Date.valueOf(TestClock.today().minusDays(1)));
		this.transactions.executeWithoutResult((tx) -> this.totals.follow("SCQRSUM1"));
		List<String> submitted = states("/api/home/orders?rep=QR3");

		// when
		this.transactions.executeWithoutResult((tx) -> this.orders.status("SCQRSUM1", "CREDIT_HOLD"));
		List<String> held = states("/api/home/orders?rep=QR3");
		List<String> heldInPeriod = states("/api/home/orders?rep=QR3&from=2026-10-15&to=2026-11-30");
		this.openOrders.handOver(customer, "QR4", "test", null);

		// then
		assertThat(submitted).containsExactly("QR3 SUBMITTED 1 250.00");
		assertThat(held).containsExactly("QR3 CREDIT_HOLD 1 250.00");
		assertThat(heldInPeriod).containsExactly("QR3 CREDIT_HOLD 1 250.00");
		assertThat(states("/api/home/orders?rep=QR3")).isEmpty();
		assertThat(states("/api/home/orders?rep=QR4")).containsExactly("QR4 CREDIT_HOLD 1 250.00");
		assertThat(states("/api/home/orders?rep=QR4&from=2026-11-16")).isEmpty();
		assertThat(Http.json(as("qops").get("/api/orders?rep=QR4&status=CREDIT_HOLD"), 200).get("total").asLong())
			.isEqualTo(1);
		assertThat(Http.json(as("qops").get("/api/orders?market=QM&from=2026-10-15&to=2026-11-30"), 200)
			.get("total")
			.asLong())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from sales_order o join sales_rep r"
					+ " on r.id = o.rep_id where r.region_id in ('QA', 'QB') and o.order_date >= '2026-10-15'"
					+ " and o.order_date <= '2026-11-30'", Long.class));
		String sums = "select rep_id || ' ' || year_month || ' ' || status || ' ' || coalesce(channel, '-') || ' '"
				+ " || orders || ' ' || total from order_month_totals where rep_id in ('QR1', 'QR2', 'QR3', 'QR4')"
				+ " order by 1";
		String counts = "select rep_id || ' ' || (extract(year from order_date) * 100 + extract(month from"
				+ " order_date)) || ' ' || status || ' ' || coalesce(channel, '-') || ' ' || count(*) || ' '"
				+ " || sum(total_amount) from sales_order where rep_id in ('QR1', 'QR2', 'QR3', 'QR4')"
				+ " group by rep_id, extract(year from order_date) * 100 + extract(month from order_date), status,"
				+ " channel order by 1";
		assertThat(this.jdbc.queryForList(sums, String.class)).isEqualTo(this.jdbc.queryForList(counts, String.class));
	}

	@Test
	void ageingFiltersByRepRegionAndMarketButNeverBeyondTheCallersCustomers() throws Exception {
		// when
		JsonNode own = Http.json(as("qrep1").get("/api/receivables/ageing?by=rep&rep=QR1"), 200);
		JsonNode other = Http.json(as("qrep1").get("/api/receivables/ageing?by=rep&rep=QR2"), 200);
		JsonNode team = Http.json(as("qmanager").get("/api/receivables/ageing?by=rep&rep=qrep2"), 200);
		JsonNode otherRegion = Http.json(as("qmanager").get("/api/receivables/ageing?by=rep&region=QB"), 200);
		JsonNode market = Http.json(as("qops").get("/api/receivables/ageing?by=region&market=QM"), 200);

		// then
		assertThat(own.get("lines")).hasSize(1);
		assertThat(own.get("total").get("buckets").get("31-60").decimalValue()).isEqualByComparingTo("700.00");
		assertThat(other.get("lines")).isEmpty();
		assertThat(other.get("total").get("buckets").get("TOTAL").decimalValue()).isZero();
		assertThat(team.get("lines").get(0).get("key").asText()).isEqualTo("QR2");
		assertThat(team.get("total").get("buckets").get("1-30").decimalValue()).isEqualByComparingTo("900.00");
		assertThat(otherRegion.get("lines")).isEmpty();
		assertThat(market.get("lines").get(0).get("key").asText()).isEqualTo("QA");
		assertThat(market.get("total").get("buckets").get("TOTAL").decimalValue()).isEqualByComparingTo("1600.00");
	}

	@Test
	void ageingFiltersByChannelAndProductThroughTheInvoicesOrders() throws Exception {
		// given QR1's open invoice is that of its direct order
		String invoiceOfQr1 = "update invoice set order_id = %s where order_id is null and customer_id ="
				+ " (select customer_id from sales_order where number = 'SCQR1A')";
		this.jdbc.update(invoiceOfQr1.formatted("(select id from sales_order where number = 'SCQR1A')"));
		try {
			// when
			JsonNode direct = Http.json(as("qmanager").get("/api/receivables/ageing?by=rep&channel=DIRECT"), 200);
			JsonNode online = Http.json(as("qmanager").get("/api/receivables/ageing?by=rep&channel=ONLINE"), 200);
			JsonNode product = Http.json(as("qmanager").get("/api/receivables/ageing?by=rep&product=P-NONE"), 200);
			JsonNode otherRep = Http.json(as("qrep1").get("/api/receivables/ageing?by=rep&rep=QR2&channel=DIRECT"),
					200);

			// then
			assertThat(direct.get("lines")).hasSize(1);
			assertThat(direct.get("lines").get(0).get("key").asText()).isEqualTo("QR1");
			assertThat(direct.get("total").get("buckets").get("TOTAL").decimalValue()).isEqualByComparingTo("700.00");
			assertThat(online.get("lines")).isEmpty();
			assertThat(product.get("lines")).isEmpty();
			assertThat(otherRep.get("lines")).isEmpty();
			assertThat(as("qmanager").get("/api/receivables/ageing?channel=PHONE").statusCode()).isEqualTo(422);
		}
		finally {
			this.jdbc.update("update invoice set order_id = null where order_id ="
					+ " (select id from sales_order where number = 'SCQR1A')");
		}
	}

	private List<String> states(String path) throws Exception {
		List<String> rows = new ArrayList<>();
		Http.json(as("qops").get(path), 200)
			.get("items")
			.forEach((row) -> rows.add(row.get("repId").asText() + " " + row.get("status").asText() + " "
					+ row.get("orders").asLong() + " " + row.get("total").decimalValue().setScale(2)));
		return rows;
	}

	/** An archived order whose contract review took the hours given. */
	private long archived(String number, long customer, String rep, String channel, int hours, int reviewHours) {
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount, created_by,"
						+ " channel) values (?, ?, ?, 'CLOSED', ?, 1000, 'test', ?)",
				number, customer, rep, Date.valueOf(TestClock.today().minusDays(20)), channel);
		Instant end = TestClock.today().minusDays(2).atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
		this.jdbc.update("insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_,"
				+ " START_TIME_, END_TIME_, DURATION_, END_ACT_ID_) values (?, ?, ?, 'order-to-remittance', 'o2r:1', ?,"
				+ " ?, ?, ?)", "pi-" + number, "pi-" + number, number,
				Timestamp.from(end.minus(Duration.ofHours(hours))), Timestamp.from(end), hours * 3_600_000L, ARCHIVED);
		this.jdbc.update("insert into ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, EXECUTION_ID_,"
				+ " ACT_ID_, ACT_NAME_, ACT_TYPE_, START_TIME_, END_TIME_, DURATION_) values (?, 'order-to-remittance',"
				+ " 'o2r:1', ?, ?, 'Task_ReviewContract', 'Review contract', 'userTask', ?, ?, ?)", "ai-" + number,
				"pi-" + number, "pi-" + number, Timestamp.from(end.minus(Duration.ofHours(reviewHours))),
				Timestamp.from(end), reviewHours * 3_600_000L);
		return this.jdbc.queryForObject("select id from sales_order where number = ?", Long.class, number);
	}

	private Http as(String user) {
		return new Http(this.port).as(user, TestUsers.password(user));
	}

}
