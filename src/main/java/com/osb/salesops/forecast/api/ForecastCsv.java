package com.osb.salesops.forecast.api;

import java.math.BigDecimal;
import java.util.List;

import com.osb.salesops.forecast.ForecastReports;
import com.osb.salesops.shared.web.CsvFiles;

/**
 * The reports as CSV, for production planning and spreadsheets: one row per line of the
 * JSON answer, empty where the JSON has null.
 */
final class ForecastCsv {

	private ForecastCsv() {
	}

	static String rollup(List<ForecastReports.RollupRow> rows) {
		StringBuilder csv = new StringBuilder("period,level,id,name,sku,month,quantity,amount,previousAmount,change\n");
		for (ForecastReports.RollupRow row : rows) {
			csv.append(String.join(",", row.period(), row.level(), row.id(), CsvFiles.cell(row.name()), row.sku(),
					row.month(), String.valueOf(row.quantity()), number(row.amount()), number(row.previousAmount()),
					number(row.change())))
				.append('\n');
		}
		return csv.toString();
	}

	static String accuracy(List<ForecastReports.AccuracyRow> rows) {
		StringBuilder csv = new StringBuilder("month,horizon,level,id,name,forecast,actual,error,ape,wape,bias\n");
		for (ForecastReports.AccuracyRow row : rows) {
			csv.append(String.join(",", row.month(), String.valueOf(row.horizon()), row.level(), row.id(),
					CsvFiles.cell(row.name()), number(row.forecast()), number(row.actual()), number(row.error()),
					number(row.ape()), number(row.wape()), number(row.bias())))
				.append('\n');
		}
		return csv.toString();
	}

	private static String number(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

}
