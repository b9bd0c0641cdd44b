package com.osb.salesops.incentive;

import java.util.Optional;

import com.osb.salesops.incentive.model.IssuedStatement;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.incentive.model.QuarterlyQuota;
import com.osb.salesops.support.ProcessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a rep's quarterly quota for incentives comes from (POLICY sections 4 and 5): the
 * quota sales ops entered for the rep and quarter, else the quarter's months in the
 * newest published quota plan of the year; and the statement names the source. Each test
 * has a plan year of its own.
 */
@ProcessTest
class QuarterlyQuotasTest {

	@Autowired
	QuarterlyQuotas quotas;

	@Autowired
	StatementRun run;

	@Autowired
	JdbcTemplate jdbc;

	LedgerFixture ledger;

	QuotaPlanFixture plans;

	@BeforeEach
	void fixtures() {
		this.ledger = new LedgerFixture(this.jdbc, new Quarter(2041, 1));
		this.plans = new QuotaPlanFixture(this.jdbc);
	}

	/**
	 * A quota plan process test drafts a plan for every active rep of the shared
	 * database: the test organisation's reps retire with each test.
	 */
	@AfterEach
	void retireTheTestReps() {
		this.jdbc.update("update sales_rep set active = false where region_id in ('TR1', 'TR2')");
	}

	@Test
	void shouldSumTheMonthsOfTheQuarterOverEveryChannelInAPublishedPlan() {
		// given
		String rep = this.ledger.repWithoutQuota("TR1", "10000");
		String plan = this.plans.published("QP-2041-1", 2041, "2040-12-15T10:00");
		this.plans.rep(plan, rep, 1000, 1100, 1200, 1300, 1400, 1500, 1601, 1702, 1803, 1900, 2000, 2100);

		// when
		Optional<QuarterlyQuota> third = this.quotas.quota(rep, new Quarter(2041, 3));

		// then
		assertQuota(third, "5106", "quota plan QP-2041-1");
		assertQuota(this.quotas.quota(rep, new Quarter(2041, 1)), "3300", "quota plan QP-2041-1");
		assertQuota(this.quotas.quota(rep, new Quarter(2041, 4)), "6000", "quota plan QP-2041-1");
		assertThat(this.quotas.quota(rep, new Quarter(2042, 1))).isEmpty();
	}

	@Test
	void shouldGiveNoQuotaFromAPlanNotYetPublished() {
		// given
		String rep = this.ledger.repWithoutQuota("TR1", "10000");
		this.plans.rep(this.plans.plan("QP-2042-1", 2042, "DRAFT"), rep, 1000);
		this.plans.rep(this.plans.plan("QP-2042-2", 2042, "APPROVED"), rep, 2000);

		// when
		Optional<QuarterlyQuota> first = this.quotas.quota(rep, new Quarter(2042, 1));

		// then
		assertThat(first).isEmpty();
		assertThat(this.run.regionIds("2042-Q1")).isEmpty();
	}

	@Test
	void shouldPreferTheQuotaSalesOpsEnteredForTheRepAndQuarter() {
		// given
		String rep = this.ledger.repWithoutQuota("TR1", "10000");
		this.plans.rep(this.plans.published("QP-2043-1", 2043, "2043-01-02T09:00"), rep, 1000);
		this.ledger.enterQuota(rep, new Quarter(2043, 2), "7777");

		// when
		Optional<QuarterlyQuota> second = this.quotas.quota(rep, new Quarter(2043, 2));

		// then
		assertQuota(second, "7777", "entered by sales ops");
		assertQuota(this.quotas.quota(rep, new Quarter(2043, 3)), "3000", "quota plan QP-2043-1");
	}

	@Test
	void shouldTakeTheNewestPublishedPlanOfTheYearForEveryRep() {
		// given
		String inBoth = this.ledger.repWithoutQuota("TR1", "10000");
		String leftOut = this.ledger.repWithoutQuota("TR1", "10000");
		String older = this.plans.published("QP-2044-2", 2044, "2044-01-10T09:00");
		this.plans.rep(older, inBoth, 1000);
		this.plans.rep(older, leftOut, 1000);
		this.plans.rep(this.plans.published("QP-2044-1", 2044, "2044-02-01T09:00"), inBoth, 2000);
		this.plans.rep(this.plans.plan("QP-2044-3", 2044, "DRAFT"), inBoth, 3000);

		// when
		Optional<QuarterlyQuota> first = this.quotas.quota(inBoth, new Quarter(2044, 1));

		// then
		assertQuota(first, "6000", "quota plan QP-2044-1");
		assertThat(this.quotas.quota(leftOut, new Quarter(2044, 1))).isEmpty();
	}

	@Test
	void shouldTakeTheGreaterPlanIdWhenTwoPlansWerePublishedAtTheSameTime() {
		// given
		String rep = this.ledger.repWithoutQuota("TR1", "10000");
		this.plans.rep(this.plans.published("QP-2046-2", 2046, "2046-01-05T12:00"), rep, 2000);
		this.plans.rep(this.plans.published("QP-2046-1", 2046, "2046-01-05T12:00"), rep, 1000);

		// when
		Optional<QuarterlyQuota> first = this.quotas.quota(rep, new Quarter(2046, 1));

		// then
		assertQuota(first, "6000", "quota plan QP-2046-2");
	}

	@Test
	void shouldGiveNoQuotaForAQuarterThePlanLeavesAtZero() {
		// given
		String rep = this.ledger.repWithoutQuota("TR1", "10000");
		this.plans.rep(this.plans.published("QP-2047-1", 2047, "2047-01-05T12:00"), rep, 0, 0, 0, 500, 500, 500, 500,
				500, 500, 500, 500, 500);

		// when
		Optional<QuarterlyQuota> first = this.quotas.quota(rep, new Quarter(2047, 1));

		// then
		assertThat(first).isEmpty();
		assertQuota(this.quotas.quota(rep, new Quarter(2047, 2)), "1500", "quota plan QP-2047-1");
	}

	@Test
	void shouldNameTheQuotaSourceOnEveryStatementOfTheRun() {
		// given
		String planned = this.ledger.repWithoutQuota("TR2", "10000");
		String entered = this.ledger.repWithoutQuota("TR2", "10000");
		String none = this.ledger.repWithoutQuota("TR2", "10000");
		String plan = this.plans.published("QP-2045-1", 2045, "2044-12-20T16:00");
		this.plans.rep(plan, planned, 1000);
		this.ledger.enterQuota(entered, new Quarter(2045, 1), "2500");
		assertThat(this.run.regionIds("2045-Q1")).containsExactly("TR2");

		// when
		int computed = this.run.computeRegion("2045-Q1", "TR2", null);

		// then
		assertThat(computed).isEqualTo(2);
		IssuedStatement fromPlan = this.run.issued("2045-Q1", planned).orElseThrow();
		assertThat(fromPlan.statement().quota()).isEqualByComparingTo("3000");
		assertThat(fromPlan.statement().quotaSource()).isEqualTo("quota plan QP-2045-1");
		assertThat(this.run.text("2045-Q1", planned)).contains("，配额 3000.00（配额计划 QP-2045-1），达成率 0");
		assertThat(this.run.issued("2045-Q1", entered).orElseThrow().statement().quotaSource())
			.isEqualTo("entered by sales ops");
		assertThat(this.run.text("2045-Q1", entered)).contains("，配额 2500.00（销售运营录入），达成率 0");
		assertThat(this.run.issued("2045-Q1", none)).isEmpty();
	}

	private static void assertQuota(Optional<QuarterlyQuota> quota, String amount, String source) {
		assertThat(quota).hasValueSatisfying((found) -> {
			assertThat(found.amount()).isEqualByComparingTo(amount);
			assertThat(found.source()).isEqualTo(source);
		});
	}

}
