package com.osb.salesops.home;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.osb.salesops.forecast.ForecastReports;
import com.osb.salesops.forecast.ForecastReports.AccuracyRow;
import com.osb.salesops.home.SalesReport.ForecastLine;
import com.osb.salesops.home.SalesReport.ForecastPart;

import org.springframework.stereotype.Service;

/**
 * The forecast part of a sales report: last month's approved forecasts made a month
 * before, against what was invoiced, with their accuracy, exactly as the forecast
 * capability measures them for the same reps.
 */
@Service
class ReportForecasts {

	private static final int HORIZON = 1;

	private final ForecastReports forecasts;

	ReportForecasts(ForecastReports forecasts) {
		this.forecasts = forecasts;
	}

	/**
	 * The part for the reps, a line per region when each line of the report is a region,
	 * else per rep; null when no approved forecast covered last month.
	 */
	ForecastPart part(LocalDate today, List<TeamRep> reps, Function<TeamRep, String> lineOf) {
		YearMonth month = YearMonth.from(today).minusMonths(1);
		Set<String> ids = reps.stream().map(TeamRep::repId).collect(Collectors.toSet());
		List<AccuracyRow> rows = this.forecasts.accuracy(month, month, ids::contains)
			.stream()
			.filter((row) -> row.horizon() == HORIZON)
			.toList();
		AccuracyRow company = rows.stream().filter((row) -> "COMPANY".equals(row.level())).findFirst().orElse(null);
		if (company == null) {
			return null;
		}
		boolean byRegion = reps.stream().allMatch((rep) -> Objects.equals(lineOf.apply(rep), rep.regionId()));
		Function<TeamRep, String> key = byRegion ? TeamRep::regionId : TeamRep::repId;
		Map<String, String> names = reps.stream().collect(Collectors.toMap(key, lineOf, (a, b) -> a));
		Map<String, ForecastLine> lines = new TreeMap<>();
		for (AccuracyRow row : rows) {
			if (row.level().equals(byRegion ? "REGION" : "REP") && names.containsKey(row.id())) {
				lines.put(names.get(row.id()), line(names.get(row.id()), row));
			}
		}
		return new ForecastPart(month.toString(), new ArrayList<>(lines.values()), line("Total", company));
	}

	private static ForecastLine line(String name, AccuracyRow row) {
		return new ForecastLine(name, row.forecast(), row.actual(), row.wape());
	}

}
