package com.osb.salesops.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.home.SalesReport.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sales report as mail text: one aligned row per line and the totals, cut short within
 * the outbox's 4,000 characters however many reps there are.
 */
class ReportTextTest {

	@Test
	void shouldShowEachLineWithItsAttainmentAndTheTotals() {
		// given
		Line first = new Line("Rep 1", 2, new BigDecimal("4800.00"), new BigDecimal("100000"), new BigDecimal("25000"),
				new BigDecimal("1200.50"));
		Line second = new Line("Rep 2", 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
		SalesReport report = new SalesReport(SalesReports.WEEKLY, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15),
				"2026-Q4", List.of(first, second), first.plus(second));

		// when
		String text = ReportText.of(report);

		// then
		assertThat(text).startsWith("2026-11-09 to 2026-11-15:")
			.contains("Rep 1                          2         4,800.00       100,000.00        25,000.00    25.0%")
			.contains("Rep 2                          0             0.00             0.00             0.00        -");
		assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("Rep 1").contains("1,200.50");
	}

	@Test
	void shouldCutALongReportShortWithinTheOutboxLimit() {
		// given
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			lines.add(new Line("Rep " + i, 1, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO));
		}
		SalesReport report = new SalesReport(SalesReports.MONTHLY, LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 31), "2026-Q4", lines, Line.empty("Total"));

		// when
		String text = ReportText.of(report);

		// then
		assertThat(text.length()).isLessThanOrEqualTo(4000);
		assertThat(text).contains("... more lines on the home page.").endsWith("-             0.00\n");
	}

	@Test
	void shouldAddLastMonthsForecastWithItsAccuracyWithinTheOutboxLimit() {
		// given
		List<Line> lines = new ArrayList<>();
		List<SalesReport.ForecastLine> forecasts = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			lines.add(new Line("Rep " + i, 1, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ZERO));
			forecasts.add(new SalesReport.ForecastLine("Rep " + i, new BigDecimal("1100.00"), new BigDecimal("1000.00"),
					new BigDecimal("10.00")));
		}
		SalesReport.ForecastPart forecast = new SalesReport.ForecastPart("2026-10", forecasts,
				new SalesReport.ForecastLine("Total", new BigDecimal("550000.00"), new BigDecimal("500000.00"),
						new BigDecimal("10.00")));
		SalesReport report = new SalesReport(SalesReports.WEEKLY, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15),
				"2026-Q4", lines, Line.empty("Total"), forecast);

		// when
		String text = ReportText.of(report);

		// then
		assertThat(text.length()).isLessThanOrEqualTo(4000);
		assertThat(text).contains("Forecast for 2026-10, made a month before, against invoiced net of credit notes:")
			.contains("Rep 0                            1,100.00         1,000.00   10.00%")
			.endsWith("Total                          550,000.00       500,000.00   10.00%\n");
	}

}
