package com.osb.salesops.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.home.SalesReport.Line;
import com.osb.salesops.shared.web.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sales report mail reads in its reader's language: headings, column names and the word
 * for the total from the message bundles, amounts after ¥ with thousands separators for a
 * Chinese reader, days written yyyy-MM-dd.
 */
class ReportLanguagesTest {

	private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

	@RegisterExtension
	final Bundles.EachTest bundles = Bundles.eachTest(CHINESE);

	@Test
	void shouldWriteTheReportInChineseWithYuanAmounts() {
		// given
		SalesReport report = report();

		// when
		String text = ReportText.of(report, CHINESE);
		String html = ReportHtml.of(report, CHINESE);

		// then
		assertThat(text).startsWith("2026-11-09 至 2026-11-15：本期接单；2026-Q4 截至目前的配额")
			.contains("订单数", "接单金额", "达成率", "逾期", "¥4,800.00", "¥100,000.00", "25.0%")
			.contains("合计");
		assertThat(text.replace("2026-Q4", "")).doesNotContainPattern("[A-Za-z]{2,}");
		assertThat(html).contains("<html lang=\"zh-CN\">", "<th>订单数</th>", "<b>接单金额，2026-11-09 至 2026-11-15</b>",
				"<th align=\"left\">合计</th><th align=\"right\">3</th><th align=\"right\">¥5,000.00");
		assertThat(html.replaceAll("<[^>]*>", "").replace("2026-Q4", "")).doesNotContainPattern("[A-Za-z]{2,}");
	}

	@Test
	void shouldWriteTheSameReportInEnglish() {
		// given
		SalesReport report = report();

		// when
		String text = ReportText.of(report, Locale.ENGLISH);
		String html = ReportHtml.of(report, Locale.ENGLISH);

		// then
		assertThat(text).startsWith("2026-11-09 to 2026-11-15: orders taken in the period;")
			.contains("Orders", "4,800.00", "Total")
			.doesNotContain("¥");
		assertThat(withoutNames(text)).doesNotContainPattern("\\p{IsHan}");
		assertThat(html).contains("<th>Orders</th>", "<b>Orders taken, 2026-11-09 to 2026-11-15</b>");
		assertThat(withoutNames(html)).doesNotContainPattern("\\p{IsHan}");
	}

	/**
	 * The text without the names of the regions, which are Chinese in either language.
	 */
	private static String withoutNames(String text) {
		return text.replace("华东", "").replace("华南", "");
	}

	private static SalesReport report() {
		Line first = new Line("华东", 2, new BigDecimal("4800.00"), new BigDecimal("100000"), new BigDecimal("25000"),
				new BigDecimal("1200.50"));
		Line second = new Line("华南", 1, new BigDecimal("200.00"), new BigDecimal("50000"), new BigDecimal("50000"),
				BigDecimal.ZERO);
		return new SalesReport(SalesReports.WEEKLY, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15), "2026-Q4",
				List.of(first, second), first.plus(second).renamed("Total"));
	}

}
