package com.osb.salesops.home;

import java.math.BigDecimal;
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
		return of(report, Locale.ENGLISH);
	}

	/** The report in the reader's language. */
	static String of(SalesReport report, Locale language) {
		StringBuilder text = new StringBuilder(ReportWords.intro(report, language)).append("\n\n");
		text.append(String.format(Locale.ROOT, ROW, "", ReportWords.word(language, "orders", "Orders"),
				ReportWords.word(language, "ordered", "Ordered"), ReportWords.word(language, "quota", "Quota"),
				ReportWords.word(language, "credited", "Credited"),
				ReportWords.word(language, "attainment-short", "Attain."),
				ReportWords.word(language, "overdue", "Overdue")));
		String forecast = forecast(report.forecast(), language);
		String total = row(report.totals(), ReportWords.totalName(report.totals().name(), language), language)
				+ forecast;
		String more = ReportWords.word(language, "more", "... more lines on the home page.") + "\n";
		for (Line line : report.lines()) {
			String row = row(line, line.name(), language);
			if (text.length() + row.length() + total.length() + more.length() > MAX_LENGTH) {
				text.append(more);
				break;
			}
			text.append(row);
		}
		return text.append(total).toString();
	}

	/** The forecast part, at most its total and the first lines that fit. */
	private static String forecast(SalesReport.ForecastPart part, Locale language) {
		if (part == null) {
			return "";
		}
		StringBuilder text = new StringBuilder("\n").append(ReportWords.forecastIntro(part, language)).append("\n");
		text.append(String.format(Locale.ROOT, FORECAST_ROW, "", ReportWords.word(language, "forecast", "Forecast"),
				ReportWords.word(language, "invoiced", "Invoiced"), ReportWords.word(language, "wape", "WAPE")));
		for (SalesReport.ForecastLine line : part.lines()
			.subList(0, Math.min(part.lines().size(), MAX_FORECAST_LINES))) {
			text.append(forecastRow(line, line.name(), language));
		}
		return text.append(forecastRow(part.total(), ReportWords.totalName(part.total().name(), language), language))
			.toString();
	}

	private static String forecastRow(SalesReport.ForecastLine line, String name, Locale language) {
		return String.format(Locale.ROOT, FORECAST_ROW, cut(name), ReportWords.money(line.forecast(), language),
				ReportWords.money(line.actual(), language), (line.wape() != null) ? line.wape() + "%" : "-");
	}

	private static String row(Line line, String name, Locale language) {
		BigDecimal percent = line.attainmentPercent();
		return String.format(Locale.ROOT, ROW, cut(name), line.orders(), ReportWords.money(line.ordered(), language),
				ReportWords.money(line.quota(), language), ReportWords.money(line.credited(), language),
				(percent != null) ? percent + "%" : "-", ReportWords.money(line.overdue(), language));
	}

	private static String cut(String name) {
		return (name.length() > 24) ? name.substring(0, 23) + "." : name;
	}

}
