package com.osb.salesops.home;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.osb.salesops.shared.web.Messages;

/**
 * The words and figures of a mailed sales report in the reader's language: headings and
 * column names from {@code report.<key>} of the message bundles; amounts with thousands
 * separators and two decimals, after {@code ¥} for a Chinese reader (the English report
 * says once that amounts are in CNY); days as yyyy-MM-dd in every language.
 */
final class ReportWords {

	private ReportWords() {
	}

	static String word(Locale language, String key, String english, Object... args) {
		return Messages.text(language, "report." + key, english, args);
	}

	static String money(BigDecimal amount, Locale language) {
		String figure = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
		return Locale.CHINESE.getLanguage().equals(language.getLanguage()) ? "¥" + figure : figure;
	}

	/** What the report covers, before its table. */
	static String intro(SalesReport report, Locale language) {
		return word(language, "intro",
				"{0} to {1}: orders taken in the period; quota, credited revenue and attainment of {2} so far;"
						+ " overdue receivables today. Amounts in CNY.",
				report.from(), report.to(), report.quarter());
	}

	/** The heading of the forecast part. */
	static String forecastIntro(SalesReport.ForecastPart part, Locale language) {
		return word(language, "forecast-intro",
				"Forecast for {0}, made a month before, against invoiced net of credit notes:", part.month());
	}

	/** The name of a totals' line: {@code Total} in the reader's language. */
	static String totalName(String name, Locale language) {
		return "Total".equals(name) ? word(language, "total", "Total") : name;
	}

}
