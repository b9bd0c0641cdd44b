package com.osb.salesops.quota;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.osb.salesops.masterdata.MasterDataImports;
import com.osb.salesops.masterdata.OrganisationHistory;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan and its attainment see the teams of their day, not today's: a rep who moved to
 * another region on 1 October is in the old region in the plan of the year the move fell
 * in and in its attainment up to 30 September, and in the new region in the attainment
 * from October and in next year's plan. The rep and plans of this test are its own: the
 * rep is left inactive and the plans are removed.
 */
@ProcessTest
class QuotaPlanTeamsTest {

	private static final LocalDate MOVED = LocalDate.of(2026, 10, 1);

	@Autowired
	MasterDataImports imports;

	@Autowired
	OrganisationHistory history;

	@Autowired
	QuotaPlanReports reports;

	@Autowired
	QuotaAttainment attainment;

	@Autowired
	PlanMarkets markets;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aRepWhoMovedRegionOnTheFirstOfOctober() {
		this.imports.importFile("organisation",
				organisation("MARKET,QTM,Quota Market,,,,,,,true", "REGION,QTA,Quota Region A,QTM,,,,,,true",
						"REGION,QTB,Quota Region B,QTM,,,,,,true",
						"REP,QT1,Quota Mover,QTA,qtone,,2024-01-01,10000.00,100000.00,true"),
				"analyst");
		this.imports.importOrganisation(
				organisation("REP,QT1,Quota Mover,QTB,qtone,,2024-01-01,10000.00,100000.00,true"), "analyst", MOVED);
		plan("QP-2026-QT", 2026);
		plan("QP-2027-QT", 2027);
	}

	@AfterEach
	void removeThePlansAndRetireTheRep() {
		for (String table : new String[] { "quota_plan_split", "quota_plan_line" }) {
			this.jdbc.update("delete from " + table + " where plan_id like 'QP-%-QT'");
		}
		this.jdbc.update("delete from quota_plan where id like 'QP-%-QT'");
		this.history.repLeaves("QT1", TestClock.today(), "test");
	}

	@Test
	void shouldGroupARepWhoMovedByTheTeamOfThePlansAndTheAttainmentsDay() {
		// given
		PlanHeader thisYear = this.reports.header("QP-2026-QT").orElseThrow();

		// when
		String lastQuarter = this.attainment.toDate(thisYear, "qtone", MOVED.minusDays(1)).get(0).regionId();
		String thisQuarter = this.attainment.toDate(thisYear, "qtone", TestClock.today()).get(0).regionId();

		// then
		assertThat(lastQuarter).isEqualTo("QTA");
		assertThat(thisQuarter).isEqualTo("QTB");
		assertThat(this.reports.lines("QP-2026-QT", null)).singleElement()
			.satisfies((line) -> assertThat(line.regionId()).isEqualTo("QTA"));
		assertThat(this.reports.lines("QP-2027-QT", "qtone")).singleElement()
			.satisfies((line) -> assertThat(line.regionId()).isEqualTo("QTB"));
		assertThat(this.markets.part("QP-2026-QT", "QTM")).contains("Quota Region A，QT1 Quota Mover：配额 12,000");
		assertThat(this.markets.part("QP-2027-QT", "QTM")).contains("Quota Region B，QT1 Quota Mover：配额 12,000");
		assertThat(this.markets.markets("QP-2027-QT")).containsExactly("QTM");
	}

	private void plan(String planId, int year) {
		this.jdbc.update("insert into quota_plan (id, plan_year, target, seasonality_source, input_source, status)"
				+ " values (?, ?, 12000, 'EQUAL', 'UPLOADED', 'DRAFT')", planId, year);
		this.jdbc.update("insert into quota_plan_line (plan_id, rep_id, last_year_actual, potential, tenure_months,"
				+ " quota) values (?, 'QT1', 0, 100000, 24, 12000)", planId);
		for (int month = 1; month <= 12; month++) {
			this.jdbc.update("insert into quota_plan_split (plan_id, rep_id, plan_month, channel, amount)"
					+ " values (?, 'QT1', ?, 'DIRECT', ?)", planId, month, BigDecimal.valueOf(1000));
		}
	}

	private static String organisation(String... lines) {
		return "type,id,name,parent,userId,email,hiredOn,targetIncentive,territoryPotential,active\n"
				+ String.join("\n", lines) + "\n";
	}

}
