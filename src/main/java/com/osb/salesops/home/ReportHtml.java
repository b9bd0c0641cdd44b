package com.osb.salesops.home;

import java.math.BigDecimal;
import java.util.Locale;

import com.osb.salesops.home.SalesReport.Line;

import org.springframework.web.util.HtmlUtils;

/**
 * A sales report as an HTML mail in the reader's language: its charts as images, each
 * under its heading, then the table of every line and the totals.
 */
final class ReportHtml {

	private ReportHtml() {
	}

	static String of(SalesReport report) {
		return of(report, Locale.ENGLISH);
	}

	static String of(SalesReport report, Locale language) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.toLanguageTag())
			.append("\"><body style=\"font-family:sans-serif\">");
		html.append("<p>").append(escaped(ReportWords.intro(report, language))).append("</p>");
		String ordered = ReportWords.word(language, "chart-ordered", "Orders taken, {0} to {1}", report.from(),
				report.to());
		String attainment = ReportWords.word(language, "chart-attainment", "Attainment of {0} so far",
				report.quarter());
		html.append("<p><b>")
			.append(escaped(ordered))
			.append("</b><br><img alt=\"")
			.append(escaped(ordered))
			.append("\" src=\"")
			.append(ReportCharts.ordered(report))
			.append("\"></p><p><b>")
			.append(escaped(attainment))
			.append("</b><br><img alt=\"")
			.append(escaped(attainment))
			.append("\" src=\"")
			.append(ReportCharts.attainment(report))
			.append("\"></p>");
		html.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th></th>");
		for (String[] column : new String[][] { { "orders", "Orders" }, { "ordered", "Ordered" }, { "quota", "Quota" },
				{ "credited", "Credited" }, { "attainment", "Attainment" }, { "overdue", "Overdue" } }) {
			html.append("<th>").append(escaped(ReportWords.word(language, column[0], column[1]))).append("</th>");
		}
		html.append("</tr>");
		report.lines().forEach((line) -> row(html, line, line.name(), "td", language));
		row(html, report.totals(), ReportWords.totalName(report.totals().name(), language), "th", language);
		html.append("</table>");
		forecast(html, report.forecast(), language);
		return html.append("</body></html>").toString();
	}

	private static void forecast(StringBuilder html, SalesReport.ForecastPart part, Locale language) {
		if (part == null) {
			return;
		}
		html.append("<p>")
			.append(escaped(ReportWords.forecastIntro(part, language)))
			.append("</p>")
			.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th></th><th>")
			.append(escaped(ReportWords.word(language, "forecast", "Forecast")))
			.append("</th><th>")
			.append(escaped(ReportWords.word(language, "invoiced", "Invoiced")))
			.append("</th><th>")
			.append(escaped(ReportWords.word(language, "wape", "WAPE")))
			.append("</th></tr>");
		part.lines().forEach((line) -> forecastRow(html, line, line.name(), "td", language));
		forecastRow(html, part.total(), ReportWords.totalName(part.total().name(), language), "th", language);
		html.append("</table>");
	}

	private static void forecastRow(StringBuilder html, SalesReport.ForecastLine line, String name, String cell,
			Locale language) {
		html.append("<tr><").append(cell).append(" align=\"left\">").append(escaped(name));
		for (String value : new String[] { ReportWords.money(line.forecast(), language),
				ReportWords.money(line.actual(), language), (line.wape() != null) ? line.wape() + "%" : "-" }) {
			html.append("</").append(cell).append("><").append(cell).append(" align=\"right\">").append(value);
		}
		html.append("</").append(cell).append("></tr>");
	}

	private static void row(StringBuilder html, Line line, String name, String cell, Locale language) {
		BigDecimal percent = line.attainmentPercent();
		html.append("<tr><").append(cell).append(" align=\"left\">").append(escaped(name));
		for (String value : new String[] { String.valueOf(line.orders()), ReportWords.money(line.ordered(), language),
				ReportWords.money(line.quota(), language), ReportWords.money(line.credited(), language),
				(percent != null) ? percent + "%" : "-", ReportWords.money(line.overdue(), language) }) {
			html.append("</").append(cell).append("><").append(cell).append(" align=\"right\">").append(value);
		}
		html.append("</").append(cell).append("></tr>");
	}

	private static String escaped(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
