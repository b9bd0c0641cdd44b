package com.osb.salesops.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
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
			Map<String, Map<String, BigDecimal[]>> reps, Map<String, SalesTeams.Member> members, Names names) {
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
				rows.add(new ForecastReports.AccuracyRow(month, horizon, level, id, names.of(level, id),
						figures.forecast(), figures.actual(), figures.error(), figures.ape(), figures.wape(),
						figures.bias()));
			});
		}
		return rows;
	}

	private static void add(Map<String, Map<String, List<BigDecimal[]>>> groups, String level, String id,
			BigDecimal[] pair) {
		groups.get(level).computeIfAbsent(id, (k) -> new ArrayList<>()).add(pair);
	}

	/**
	 * What each level's ids are called, looked up by id.
	 *
	 * @param reps each rep's name, by rep id
	 * @param regions each region's name, by region id
	 * @param markets each market's name, by market id
	 * @param products each product's name, by SKU
	 * @param company the company's name in the reader's language
	 */
	record Names(Map<String, String> reps, Map<String, String> regions, Map<String, String> markets,
			Map<String, String> products, String company) {

		/**
		 * The names of the organisation's reps, regions and markets, and of the products.
		 */
		static Names of(Map<String, SalesTeams.Member> members, Map<String, String> products, String company) {
			Map<String, String> reps = new HashMap<>();
			Map<String, String> regions = new HashMap<>();
			Map<String, String> markets = new HashMap<>();
			for (SalesTeams.Member member : members.values()) {
				putNamed(reps, member.repId(), member.repName());
				putNamed(regions, member.regionId(), member.regionName());
				putNamed(markets, member.marketId(), member.marketName());
			}
			return new Names(reps, regions, markets, products, company);
		}

		private static void putNamed(Map<String, String> names, String id, String name) {
			if (id != null && name != null) {
				names.putIfAbsent(id, name);
			}
		}

		String of(String level, String id) {
			return switch (level) {
				case "COMPANY" -> this.company;
				case "PRODUCT" -> this.products.getOrDefault(id, id);
				case "REP" -> this.reps.getOrDefault(id, id);
				case "REGION" -> this.regions.getOrDefault(id, id);
				default -> this.markets.getOrDefault(id, id);
			};
		}

	}

}
