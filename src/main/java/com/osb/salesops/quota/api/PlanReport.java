package com.osb.salesops.quota.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.PlanHeader;
import com.osb.salesops.quota.PlanLine;
import com.osb.salesops.quota.model.Channel;

/**
 * A published plan as a tree: market, region, rep, then each rep's quarters with their
 * months, and the channels of every month and of the year. Markets and regions sum their
 * reps.
 *
 * @param id the plan id
 * @param year the plan year
 * @param target the company target
 * @param status the plan's status
 * @param version the draft the plan is at
 * @param inputSource DATABASE or CSV
 * @param markets the markets, in id order
 */
record PlanReport(String id, int year, long target, String status, int version, String inputSource,
		List<Market> markets) {

	record Market(String id, String name, long quota, List<Region> regions) {
	}

	record Region(String id, String name, long quota, List<Rep> reps) {
	}

	record Rep(String id, String name, long quota, BigDecimal lastYearActual, BigDecimal potential, int tenureMonths,
			Double weight, BigDecimal rampFactor, BigDecimal idealQuota, String bound, boolean acknowledged,
			Map<String, Long> channels, List<Quarter> quarters) {
	}

	record Quarter(int quarter, long quota, List<Month> months) {
	}

	record Month(int month, long quota, Map<String, Long> channels) {
	}

	static PlanReport of(PlanHeader plan, List<PlanLine> lines) {
		Map<String, List<PlanLine>> byMarket = new LinkedHashMap<>();
		lines.forEach((line) -> byMarket.computeIfAbsent(line.marketId(), (key) -> new ArrayList<>()).add(line));
		List<Market> markets = new ArrayList<>();
		byMarket.forEach((marketId, marketLines) -> {
			Map<String, List<PlanLine>> byRegion = new LinkedHashMap<>();
			marketLines
				.forEach((line) -> byRegion.computeIfAbsent(line.regionId(), (key) -> new ArrayList<>()).add(line));
			List<Region> regions = new ArrayList<>();
			byRegion.forEach((regionId, regionLines) -> {
				List<Rep> reps = regionLines.stream().map(PlanReport::rep).toList();
				regions.add(new Region(regionId, regionLines.get(0).regionName(),
						reps.stream().mapToLong(Rep::quota).sum(), reps));
			});
			markets.add(new Market(marketId, marketLines.get(0).marketName(),
					regions.stream().mapToLong(Region::quota).sum(), regions));
		});
		return new PlanReport(plan.id(), plan.year(), plan.target(), plan.status(), plan.version(), plan.inputSource(),
				markets);
	}

	private static Rep rep(PlanLine line) {
		long[] year = new long[3];
		List<Quarter> quarters = new ArrayList<>();
		for (int quarter = 0; quarter < 4; quarter++) {
			List<Month> months = new ArrayList<>();
			for (int month = quarter * 3; month < quarter * 3 + 3; month++) {
				long[] channels = line.months()[month];
				for (int channel = 0; channel < 3; channel++) {
					year[channel] += channels[channel];
				}
				months.add(new Month(month + 1, channels[0] + channels[1] + channels[2], channels(channels)));
			}
			quarters.add(new Quarter(quarter + 1, months.stream().mapToLong(Month::quota).sum(), months));
		}
		return new Rep(line.repId(), line.repName(), line.quota().longValueExact(), line.lastYearActual(),
				line.potential(), line.tenureMonths(), line.weight(), line.rampFactor(), line.idealQuota(),
				line.bound(), line.acknowledged(), channels(year), quarters);
	}

	private static Map<String, Long> channels(long[] amounts) {
		Map<String, Long> channels = new LinkedHashMap<>();
		for (Channel channel : Channel.values()) {
			channels.put(channel.name(), amounts[channel.ordinal()]);
		}
		return channels;
	}

}
