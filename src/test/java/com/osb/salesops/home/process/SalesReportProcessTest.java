package com.osb.salesops.home.process;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.osb.salesops.forecast.ForecastReports;
import com.osb.salesops.home.SalesReport;
import com.osb.salesops.home.SalesReports;
import com.osb.salesops.home.TeamRep;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

/**
 * The weekly and monthly sales reports start by themselves on their engine timers and go
 * out through the outbox: the company's to the leadership, each team's to its manager,
 * with totals that agree with the ledger.
 */
@ProcessTest
class SalesReportProcessTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SalesReports reports;

	@Autowired
	ForecastReports forecasts;

	@BeforeEach
	void engine() {
		BpmnAwareTests.init(this.processEngine);
	}

	@AfterEach
	void removeTheForecast() {
		this.jdbc.update("delete from forecast_line where submission_id in"
				+ " (select id from forecast_submission where submitted_by = 'report-test')");
		this.jdbc.update("delete from forecast_submission where submitted_by = 'report-test'");
		this.jdbc.update("delete from forecast_cycle where opened_by = 'report-test'");
	}

	@Test
	void shouldSendTheWeeklyReportOnMondayMorningToTheLeadershipAndEachManager() {
		// given an order of rep1 taken last week
		LocalDate today = LocalDate.ofInstant(TestClock.now(), ZONE);
		long customer = this.jdbc.queryForObject("select min(id) from customer where rep_id = 'R01'", Long.class);
		this.jdbc.update(
				"insert into sales_order (number, customer_id, rep_id, status, order_date, total_amount, created_by)"
						+ " values ('SC20261110DD9001', ?, 'R01', 'SUBMITTED', ?, 1234.50, 'rep1')",
				customer, Date.valueOf(today.minusDays(6)));
		long before = this.jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
		Job timer = managementService().createJobQuery()
			.processDefinitionKey("weekly-sales-report")
			.timers()
			.singleResult();

		// when
		execute(timer);
		execute(managementService().createJobQuery()
			.processDefinitionKey("weekly-sales-report")
			.messages()
			.singleResult());

		// then it was due next Monday at 08:00 business time
		assertThat(timer.getDuedate().toInstant())
			.isEqualTo(LocalDate.of(2026, 11, 23).atTime(8, 0).atZone(ZONE).toInstant());
		List<Map<String, Object>> sent = this.jdbc.queryForList(
				"select recipients, subject, body from notification where id > ? and subject like '%sales report%'"
						+ " order by id",
				before);
		assertThat(sent).extracting((row) -> row.get("recipients"))
			.containsExactly("general-manager,sales-director,sales-ops", "director", "manager");
		assertThat(sent.get(0).get("subject"))
			.isEqualTo("Weekly sales report for the company, 2026-11-09 to 2026-11-15");
		assertThat((String) sent.get(0).get("body")).contains("1,234.50");
		assertThat(String.valueOf(this.jdbc.queryForObject(
				"select html_body from notification where id > ? and subject like '%sales report%' order by id limit 1",
				String.class, before)))
			.contains("1,234.50", "src=\"data:image/png;base64,");
		Map<String, Object> chinese = this.jdbc
			.queryForMap("select t.subject, t.body, t.html_body from notification_text t"
					+ " join notification n on n.id = t.notification_id where n.id > ? and n.subject like '%sales report%'"
					+ " and t.language = 'zh-CN' order by n.id limit 1", before);
		assertThat(chinese.get("subject")).isEqualTo("公司销售周报，2026-11-09 至 2026-11-15");
		assertThat((String) chinese.get("body")).contains("¥1,234.50", "合计");
		assertThat((String) chinese.get("html_body")).contains("<th>接单金额</th>", "¥1,234.50");
	}

	/**
	 * The demo company: the active reps of its two markets. Other tests in the same
	 * context may leave markets, regions, reps, orders and invoices of their own; none of
	 * them counts here.
	 */
	private static final String DEMO_REPS = "select r.id from sales_rep r join region g on g.id = r.region_id"
			+ " where r.active = true and g.market_id in ('NORTH', 'SOUTH')";

	private static final String ACTIVE_REPS = " and rep_id in (" + DEMO_REPS + ")";

	@Test
	void shouldTotalTheWeeklyReportOfTheDemoCompanyAsTheLedgerDoes() {
		// given
		LocalDate today = LocalDate.of(2026, 11, 16);
		List<TeamRep> company = this.jdbc.query(
				"select r.id, r.user_id, r.name, r.region_id, g.market_id, g.name, m.name from sales_rep r"
						+ " join region g on g.id = r.region_id join market m on m.id = g.market_id"
						+ " where r.id in (" + DEMO_REPS + ")",
				(rs, row) -> new TeamRep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7)));
		TeamRep forecaster = company.get(0);
		this.jdbc.update("insert into forecast_cycle (period, deadline, deadline_rule, opened_at, opened_by)"
				+ " select '2026-09', '2026-09-25', 'test', '2026-09-01 09:00:00', 'report-test' where not exists"
				+ " (select 1 from forecast_cycle where period = '2026-09')");
		this.jdbc.update(
				"insert into forecast_submission (period, rep_id, region_id, market_id, version, status,"
						+ " submitted_by) values ('2026-09', ?, ?, ?, 99, 'APPROVED', 'report-test')",
				forecaster.repId(), forecaster.regionId(), forecaster.marketId());
		this.jdbc.update("insert into forecast_line (submission_id, target_month, horizon, sku, channel, quantity,"
				+ " amount) select id, '2026-10', 1, (select min(sku) from product), 'DIRECT', 5, 5000"
				+ " from forecast_submission where submitted_by = 'report-test'");

		// when
		SalesReport report = this.reports.report(SalesReports.WEEKLY, today, company, TeamRep::regionId);

		// then
		assertThat(report.from()).isEqualTo("2026-11-09");
		assertThat(report.to()).isEqualTo("2026-11-15");
		assertThat(report.lines()).extracting(SalesReport.Line::name).containsExactly("BJ", "GZ", "SH", "TJ");
		assertThat(report.totals().orders()).isEqualTo(this.jdbc.queryForObject(
				"select count(*) from sales_order where order_date between '2026-11-09' and '2026-11-15'" + ACTIVE_REPS,
				Long.class));
		assertThat(report.totals().ordered())
			.isEqualByComparingTo(this.jdbc.queryForObject(
					"select coalesce(sum(total_amount), 0) from sales_order"
							+ " where order_date between '2026-11-09' and '2026-11-15'" + ACTIVE_REPS,
					BigDecimal.class));
		assertThat(report.totals().overdue()).isEqualByComparingTo(
				this.jdbc.queryForObject("select coalesce(sum(open_amount), 0) from receivable where open_amount > 0"
						+ " and written_off_on is null and due_date < '2026-11-16' and customer_id in (select c.id"
						+ " from customer c where c.rep_id in (" + DEMO_REPS + "))", BigDecimal.class));
		assertThat(report.totals().overdue()).isPositive();
		assertThat(report.totals().quota()).isEqualByComparingTo(this.jdbc.queryForObject(
				"select coalesce(sum(quota), 0) from incentive_quarterly_quota where quarter = '2026-Q4'" + ACTIVE_REPS,
				BigDecimal.class));
		ForecastReports.AccuracyRow measured = this.forecasts
			.accuracy(YearMonth.of(2026, 10), YearMonth.of(2026, 10),
					company.stream().map(TeamRep::repId).toList()::contains)
			.stream()
			.filter((row) -> row.horizon() == 1 && "COMPANY".equals(row.level()))
			.findFirst()
			.orElseThrow();
		assertThat(report.forecast().month()).isEqualTo("2026-10");
		assertThat(report.forecast().total().forecast()).isEqualByComparingTo(measured.forecast())
			.isGreaterThanOrEqualTo(new BigDecimal("5000"));
		assertThat(report.forecast().total().actual()).isEqualByComparingTo(measured.actual());
		assertThat(report.forecast().total().wape()).isEqualTo(measured.wape());
		assertThat(report.forecast().lines()).extracting(SalesReport.ForecastLine::name)
			.contains(forecaster.regionId());
	}

}
