package com.osb.salesops.customercare;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.osb.salesops.customercare.ComplianceReport.CustomerFinding;
import com.osb.salesops.customercare.ComplianceReports.Scope;
import com.osb.salesops.customercare.model.ContactType;
import com.osb.salesops.shared.security.SalesScope;
import com.osb.salesops.support.ProcessTest;
import com.osb.salesops.support.TestClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance summary on the demo company: a visit recorded makes it follow in the
 * visit's transaction, the days that pass make it find every customer again, and the
 * report read from it is, figure for figure and finding for finding, the report of the
 * rules run now.
 */
@ProcessTest
class ComplianceSummaryTest {

	@Autowired
	ComplianceSummary summary;

	@Autowired
	CompliancePages pages;

	@Autowired
	ComplianceReports rules;

	@Autowired
	CustomerContacts contacts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldFollowAVisitAndThePassingDaysAndSayWhatTheRulesSayNow() {
		// given: every customer found again, as after a data load; C001 is a key account
		this.summary.refreshAll();
		Object refreshed = refreshedAt();

		// when: rep1 visits C001 today and the customer confirms its logistics
		this.contacts.record(
				new ContactCommand("C001", TestClock.today(), ContactType.VISIT, "Wang Li", null, null, null, true),
				"rep1");
		ComplianceReport today = this.pages.report(Scope.everyone(), 0, 500);

		// then
		assertThat(refreshedAt()).isEqualTo(refreshed);
		assertThat(duties(today, "C001")).doesNotContain("visit", "logistics");
		sameAsTheRules(today, Scope.everyone());
		sameAsTheRules(this.pages.report(new Scope(SalesScope.all(), "R01", null, null), 0, 500),
				new Scope(SalesScope.all(), "R01", null, null));

		// and when 31 days pass, the key account's visit is overdue again
		ClockUtil.setCurrentTime(Date.from(TestClock.now().plus(Duration.ofDays(31))));
		try {
			ComplianceReport later = this.pages.report(Scope.everyone(), 0, 500);
			assertThat(duties(later, "C001")).contains("visit");
			assertThat(refreshedAt()).isNotEqualTo(refreshed);
			sameAsTheRules(later, Scope.everyone());
		}
		finally {
			TestClock.reset();
		}
	}

	@Test
	void shouldPageTheFindingsWorstFirst() {
		// given
		this.summary.refreshAll();
		ComplianceReport all = this.pages.report(Scope.everyone(), 0, 500);

		// when
		ComplianceReport second = this.pages.report(Scope.everyone(), 1, 3);

		// then
		assertThat(second.findingsTotal()).isEqualTo(all.findings().size());
		assertThat(second.findings()).isEqualTo(all.findings().subList(3, 6));
		List<Long> perCustomer = all.findings()
			.stream()
			.map((finding) -> all.findings()
				.stream()
				.filter((other) -> other.customerCode().equals(finding.customerCode()))
				.count())
			.toList();
		assertThat(perCustomer).isSortedAccordingTo((a, b) -> Long.compare(b, a));
	}

	private void sameAsTheRules(ComplianceReport summarised, Scope scope) {
		ComplianceReport now = this.rules.report(scope, TestClock.today(), ComplianceSummary.TREND_WEEKS);
		assertThat(summarised.asOf()).isEqualTo(now.asOf());
		assertThat(summarised.total()).isEqualTo(now.total());
		assertThat(summarised.reps()).isEqualTo(now.reps());
		assertThat(summarised.regions()).isEqualTo(now.regions());
		assertThat(summarised.markets()).isEqualTo(now.markets());
		assertThat(summarised.trend()).isEqualTo(now.trend());
		assertThat(summarised.findingsTotal()).isEqualTo(now.findings().size());
		assertThat(summarised.findings()).containsExactlyInAnyOrderElementsOf(now.findings());
	}

	private static List<String> duties(ComplianceReport report, String customer) {
		return report.findings()
			.stream()
			.filter((finding) -> finding.customerCode().equals(customer))
			.map(CustomerFinding::duty)
			.toList();
	}

	private Object refreshedAt() {
		return this.jdbc.queryForObject("select refreshed_at from compliance_summary", Object.class);
	}

}
