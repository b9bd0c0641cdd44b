package com.osb.salesops.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.home.SalesReport.Line;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sales report as an HTML mail: two charts drawn as PNG images, then every line and the
 * totals in a table, names escaped.
 */
class ReportHtmlTest {

	@Test
	void shouldDrawTheChartsAsImagesAndListEveryLine() {
		// given
		Line first = new Line("Rep <1>", 2, new BigDecimal("4800.00"), new BigDecimal("100000"),
				new BigDecimal("25000"), new BigDecimal("1200.50"));
		Line second = new Line("Rep 2", 1, new BigDecimal("200.00"), new BigDecimal("50000"), new BigDecimal("50000"),
				BigDecimal.ZERO);
		SalesReport report = new SalesReport(SalesReports.WEEKLY, LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 15),
				"2026-Q4", List.of(first, second), first.plus(second).renamed("Total"));

		// when
		String html = ReportHtml.of(report);

		// then
		Matcher images = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
		int count = 0;
		while (images.find()) {
			count++;
			byte[] png = Base64.getDecoder().decode(images.group(1));
			assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		}
		assertThat(count).isEqualTo(2);
		assertThat(html).contains("Rep &lt;1&gt;</td><td align=\"right\">2</td><td align=\"right\">4,800.00")
			.contains("<th align=\"left\">Total</th><th align=\"right\">3</th><th align=\"right\">5,000.00")
			.contains("<th align=\"right\">50.0%</th><th align=\"right\">1,200.50</th>")
			.doesNotContain("Rep <1>");
	}

	@Test
	void shouldShowLastMonthsForecastWhenThereIsOne() {
		// given
		Line line = new Line("Region A", 1, new BigDecimal("200.00"), BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO);
		SalesReport.ForecastLine forecast = new SalesReport.ForecastLine("Region A", new BigDecimal("900.00"),
				new BigDecimal("1000.00"), new BigDecimal("10.00"));
		SalesReport report = new SalesReport(SalesReports.MONTHLY, LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 31), "2026-Q4", List.of(line), line.renamed("Total"),
				new SalesReport.ForecastPart("2026-10", List.of(forecast), forecast));

		// when
		String html = ReportHtml.of(report);

		// then
		assertThat(html).contains("<p>Forecast for 2026-10, made a month before")
			.contains("<td align=\"left\">Region A</td><td align=\"right\">900.00</td>"
					+ "<td align=\"right\">1,000.00</td><td align=\"right\">10.00%</td>");
	}

}
