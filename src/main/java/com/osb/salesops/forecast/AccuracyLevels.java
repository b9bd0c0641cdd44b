package com.osb.salesops.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.forecast.model.ForecastAccuracy;
import com.osb.salesops.masterdata.SalesTeams;

/**
 * The accuracy of one month and horizon at every level: each rep, region, market and
 * product, and the company, each from the forecasts of a rep and a product measured on
 * their own.
 */
final class AccuracyLevels {

	static final List<String> LEVELS = List.of("COMPANY", "MARKET", "REGION", "REP", "PRODUCT");

	private AccuracyLevels() {
	}

	/**
	 * @param reps forecast and actual by product, for each rep
	 */
	static List<ForecastReports.AccuracyRow> rows(String month, int horizon,
			Map<String, Map<String, BigDecimal[]>> reps, Map<String, SalesTeams.Member> members) {
		Map<String, Map<String, List<BigDecimal[]>>> groups = new TreeMap<>();
		LEVELS.forEach((level) -> groups.put(level, new TreeMap<>()));
		reps.forEach((rep, skus) -> {
			SalesTeams.Member member = members.get(rep);
			skus.forEach((sku, pair) -> {
				add(groups, "COMPANY", "ALL", pair);
				add(groups, "MARKET", (member != null) ? member.marketId() : "?", pair);
				add(groups, "REGION", (member != null) ? member.regionId() : "?", pair);
				add(groups, "REP", rep, pair);
				if (!ForecastReports.NO_PRODUCT.equals(sku)) {
					add(groups, "PRODUCT", sku, pair);
				}
			});
		});
		List<ForecastReports.AccuracyRow> rows = new ArrayList<>();
		for (String level : LEVELS) {
			groups.get(level).forEach((id, pairs) -> {
				ForecastAccuracy.Figures figures = ForecastReports.figures(pairs);
				rows.add(new ForecastReports.AccuracyRow(month, horizon, level, id, figures.forecast(),
						figures.actual(), figures.error(), figures.ape(), figures.wape(), figures.bias()));
			});
		}
		return rows;
	}

	private static void add(Map<String, Map<String, List<BigDecimal[]>>> groups, String level, String id,
			BigDecimal[] pair) {
		groups.get(level).computeIfAbsent(id, (k) -> new ArrayList<>()).add(pair);
	}

}
