package com.osb.salesops.home;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.osb.salesops.home.SalesReport.Line;

/**
 * A sales report as the text of a mail: a table of fixed-width columns that reads in any
 * mail client, cut short (with a pointer to the home page) where the outbox's limit would
 * be passed.
 */
final class ReportText {

	/** The outbox holds a body of at most 4,000 characters. */
	private static final int MAX_LENGTH = 3900;

	private static final String ROW = "%-24s %7s %16s %16s %16s %8s %16s%n";

	private static final String FORECAST_ROW = "%-24s %16s %16s %8s%n";

	private static final int MAX_FORECAST_LINES = 8;

	private ReportText() {
	}

	static String of(SalesReport report) {
		StringBuilder text = new StringBuilder();
		text.append(report.from())
			.append(" to ")
			.append(report.to())
			.append(": orders taken in the period;")
			.append(" quota, credited revenue and attainment of ")
			.append(report.quarter())
			.append(" so far; overdue receivables today. Amounts in CNY.\n\n");
		text.append(
				String.format(Locale.ROOT, ROW, "", "Orders", "Ordered", "Quota", "Credited", "Attain.", "Overdue"));
		String forecast = forecast(report.forecast());
		String total = row(report.totals()) + forecast;
		String more = "... more lines on the home page.\n";
		for (Line line : report.lines()) {
			String row = row(line);
			if (text.length() + row.length() + total.length() + more.length() > MAX_LENGTH) {
				text.append(more);
				break;
			}
			text.append(row);
		}
		return text.append(total).toString();
	}

	/** The forecast part, at most its total and the first lines that fit. */
	private static String forecast(SalesReport.ForecastPart part) {
		if (part == null) {
			return "";
		}
		StringBuilder text = new StringBuilder("\nForecast for ").append(part.month())
			.append(", made a month before, against invoiced net of credit notes:\n");
		text.append(String.format(Locale.ROOT, FORECAST_ROW, "", "Forecast", "Invoiced", "WAPE"));
		for (SalesReport.ForecastLine line : part.lines()
			.subList(0, Math.min(part.lines().size(), MAX_FORECAST_LINES))) {
			text.append(forecastRow(line));
		}
		return text.append(forecastRow(part.total())).toString();
	}

	private static String forecastRow(SalesReport.ForecastLine line) {
		return String.format(Locale.ROOT, FORECAST_ROW, cut(line.name()), money(line.forecast()), money(line.actual()),
				(line.wape() != null) ? line.wape() + "%" : "-");
	}

	private static String row(Line line) {
		BigDecimal percent = line.attainmentPercent();
		return String.format(Locale.ROOT, ROW, cut(line.name()), line.orders(), money(line.ordered()),
				money(line.quota()), money(line.credited()), (percent != null) ? percent + "%" : "-",
				money(line.overdue()));
	}

	static String money(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
	}

	private static String cut(String name) {
		return (name.length() > 24) ? name.substring(0, 23) + "." : name;
	}

}
