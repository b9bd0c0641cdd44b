package com.osb.salesops.home;

import java.math.BigDecimal;

import com.osb.salesops.home.SalesReport.Line;

import org.springframework.web.util.HtmlUtils;

/**
 * A sales report as an HTML mail: its charts as images, then the table of every line and
 * the totals.
 */
final class ReportHtml {

	private ReportHtml() {
	}

	static String of(SalesReport report) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
		html.append("<p>")
			.append(report.from())
			.append(" to ")
			.append(report.to())
			.append(": orders taken in the period; quota, credited revenue and attainment of ")
			.append(report.quarter())
			.append(" so far; overdue receivables today. Amounts in CNY.</p>");
		html.append("<p><img alt=\"Orders taken\" src=\"")
			.append(ReportCharts.ordered(report))
			.append("\"></p><p><img alt=\"Attainment\" src=\"")
			.append(ReportCharts.attainment(report))
			.append("\"></p>");
		html.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th></th><th>Orders</th>")
			.append("<th>Ordered</th><th>Quota</th><th>Credited</th><th>Attainment</th><th>Overdue</th></tr>");
		report.lines().forEach((line) -> row(html, line, "td"));
		row(html, report.totals(), "th");
		html.append("</table>");
		forecast(html, report.forecast());
		return html.append("</body></html>").toString();
	}

	private static void forecast(StringBuilder html, SalesReport.ForecastPart part) {
		if (part == null) {
			return;
		}
		html.append("<p>Forecast for ")
			.append(part.month())
			.append(", made a month before, against invoiced net of credit notes:</p>")
			.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th></th><th>Forecast</th>")
			.append("<th>Invoiced</th><th>WAPE</th></tr>");
		part.lines().forEach((line) -> forecastRow(html, line, "td"));
		forecastRow(html, part.total(), "th");
		html.append("</table>");
	}

	private static void forecastRow(StringBuilder html, SalesReport.ForecastLine line, String cell) {
		html.append("<tr><").append(cell).append(" align=\"left\">").append(HtmlUtils.htmlEscape(line.name()));
		for (String value : new String[] { ReportText.money(line.forecast()), ReportText.money(line.actual()),
				(line.wape() != null) ? line.wape() + "%" : "-" }) {
			html.append("</").append(cell).append("><").append(cell).append(" align=\"right\">").append(value);
		}
		html.append("</").append(cell).append("></tr>");
	}

	private static void row(StringBuilder html, Line line, String cell) {
		BigDecimal percent = line.attainmentPercent();
		html.append("<tr><").append(cell).append(" align=\"left\">").append(HtmlUtils.htmlEscape(line.name()));
		for (String value : new String[] { String.valueOf(line.orders()), ReportText.money(line.ordered()),
				ReportText.money(line.quota()), ReportText.money(line.credited()),
				(percent != null) ? percent + "%" : "-", ReportText.money(line.overdue()) }) {
			html.append("</").append(cell).append("><").append(cell).append(" align=\"right\">").append(value);
		}
		html.append("</").append(cell).append("></tr>");
	}

}
