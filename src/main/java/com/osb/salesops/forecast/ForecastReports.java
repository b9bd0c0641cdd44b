package com.osb.salesops.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.osb.salesops.forecast.model.ForecastAccuracy;
import com.osb.salesops.masterdata.MasterDataViews;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Service;

/**
 * What approved forecasts add up to, and how close they came. The roll-up sums a cycle's
 * approved forecasts by region and market, product and month, against the previous
 * cycle's forecast of the same months. Accuracy compares, per month and horizon, the
 * approved forecasts of the cycle that many months before with the net invoiced amount
 * (POLICY section 6), for each rep who had an approved forecast in that cycle.
 */
@Service
public class ForecastReports {

	/** Sales not tied to a product: in the totals, in no product's line. */
	public static final String NO_PRODUCT = "-";

	private final ForecastStore store;

	private final SalesLedger ledger;

	private final SalesTeams teams;

	private final MasterDataViews products;

	ForecastReports(ForecastStore store, SalesLedger ledger, SalesTeams teams, MasterDataViews products) {
		this.store = store;
		this.ledger = ledger;
		this.teams = teams;
		this.products = products;
	}

	/**
	 * @param change amount less the previous cycle's forecast of the month, or null when
	 * that cycle did not forecast it
	 */
	public record RollupRow(String period, String level, String id, String name, String sku, String month,
			long quantity, BigDecimal amount, BigDecimal previousAmount, BigDecimal change) {
	}

	/**
	 * @param id the rep's, region's or market's id, the product's SKU, {@code ALL} for
	 * the company
	 * @param name the rep's, region's, market's or product's name, or the company's in
	 * the reader's language
	 */
	public record AccuracyRow(String month, int horizon, String level, String id, String name, BigDecimal forecast,
			BigDecimal actual, BigDecimal error, BigDecimal ape, BigDecimal wape, BigDecimal bias) {
	}

	public List<RollupRow> rollup(String period, Predicate<String> visibleRep) {
		YearMonth cycle = ForecastCycles.period(period);
		Map<String, SalesTeams.Member> members = members();
		Map<String, Submission> submissions = this.store
			.approvedSubmissions(List.of(cycle.toString(), cycle.minusMonths(1).toString()))
			.stream()
			.filter((s) -> visibleRep.test(s.repId()))
			.collect(Collectors.toMap((s) -> String.valueOf(s.id()), Function.identity()));
		Map<List<String>, long[]> quantities = new TreeMap<>(ForecastReports::compare);
		Map<List<String>, BigDecimal[]> amounts = new HashMap<>();
		for (StoredLine line : this.store.approvedLines(List.of(cycle.toString(), cycle.minusMonths(1).toString()))) {
			Submission submission = submissions.get(String.valueOf(line.submissionId()));
			if (submission == null) {
				continue;
			}
			int slot = submission.period().equals(cycle.toString()) ? 0 : 1;
			SalesTeams.Member member = members.get(submission.repId());
			for (List<String> key : List.of(List.of("MARKET", member.marketId(), line.sku(), line.targetMonth()),
					List.of("REGION", member.regionId(), line.sku(), line.targetMonth()))) {
				long[] quantity = quantities.computeIfAbsent(key, (k) -> new long[2]);
				quantity[slot] += line.quantity();
				BigDecimal[] amount = amounts.computeIfAbsent(key, (k) -> new BigDecimal[2]);
				amount[slot] = (amount[slot] != null) ? amount[slot].add(line.amount()) : line.amount();
			}
		}
		List<RollupRow> rows = new ArrayList<>();
		AccuracyLevels.Names names = AccuracyLevels.Names.of(members, Map.of(), null);
		quantities.forEach((key, quantity) -> {
			BigDecimal[] amount = amounts.get(key);
			if (amount[0] == null) {
				return;
			}
			String name = names.of(key.get(0), key.get(1));
			boolean previous = YearMonth.parse(key.get(3)).isBefore(cycle.plusMonths(3));
			BigDecimal before = previous ? ((amount[1] != null) ? amount[1] : BigDecimal.ZERO.setScale(2)) : null;
			rows.add(new RollupRow(cycle.toString(), key.get(0), key.get(1), name, key.get(2), key.get(3), quantity[0],
					amount[0], before, (before != null) ? amount[0].subtract(before) : null));
		});
		return rows;
	}

	/** Accuracy of every closed month from the first to the last, horizons 1 to 3. */
	public List<AccuracyRow> accuracy(YearMonth first, YearMonth last, Predicate<String> visibleRep) {
		return accuracy(first, last, visibleRep, null, null);
	}

	/**
	 * Accuracy of every closed month from the first to the last, horizons 1 to 3, of one
	 * product and one channel where named: the forecast lines of the product and channel
	 * against what was invoiced of the product through the channel.
	 */
	public List<AccuracyRow> accuracy(YearMonth first, YearMonth last, Predicate<String> visibleRep, String sku,
			String channel) {
		Predicate<String> ofSku = (value) -> sku == null || sku.equals(value);
		Predicate<String> ofChannel = (value) -> channel == null || channel.equals(value);
		List<String> cycles = new ArrayList<>();
		for (YearMonth cycle = first.minusMonths(3); !cycle.isAfter(last.minusMonths(1)); cycle = cycle.plusMonths(1)) {
			cycles.add(cycle.toString());
		}
		Map<Long, Submission> submissions = this.store.approvedSubmissions(cycles)
			.stream()
			.filter((s) -> visibleRep.test(s.repId()))
			.collect(Collectors.toMap(Submission::id, Function.identity()));
		// month, horizon -> rep -> sku -> forecast, actual
		Map<String, Map<String, Map<String, BigDecimal[]>>> leaves = new TreeMap<>();
		for (StoredLine line : this.store.approvedLines(cycles)) {
			Submission submission = submissions.get(line.submissionId());
			YearMonth month = YearMonth.parse(line.targetMonth());
			if (submission != null && !month.isBefore(first) && !month.isAfter(last) && ofSku.test(line.sku())
					&& ofChannel.test(line.channel())) {
				BigDecimal[] pair = leaf(leaves, month + "," + line.horizon(), submission.repId(), line.sku());
				pair[0] = pair[0].add(line.amount());
			}
		}
		for (Submission submission : submissions.values()) {
			for (int horizon = 1; horizon <= 3; horizon++) {
				YearMonth month = ForecastCycles.period(submission.period()).plusMonths(horizon);
				if (!month.isBefore(first) && !month.isAfter(last)) {
					leaves.computeIfAbsent(month + "," + horizon, (k) -> new TreeMap<>())
						.computeIfAbsent(submission.repId(), (k) -> new TreeMap<>());
				}
			}
		}
		if (leaves.isEmpty()) {
			// no forecast to measure: neither the ledger nor the organisation need be
			// read
			return List.of();
		}
		Map<String, SalesTeams.Member> members = members();
		Map<String, Map<String, BigDecimal>> actuals = new HashMap<>();
		for (SalesLedger.Amount amount : this.ledger.netInvoiced(first, last)) {
			if (!ofSku.test(amount.sku()) || !ofChannel.test(amount.channel())) {
				continue;
			}
			String product = (amount.sku() != null) ? amount.sku() : NO_PRODUCT;
			actuals.computeIfAbsent(amount.month() + "," + amount.repId(), (k) -> new HashMap<>())
				.merge(product, amount.amount(), BigDecimal::add);
		}
		List<AccuracyRow> rows = new ArrayList<>();
		AccuracyLevels.Names names = AccuracyLevels.Names.of(members, this.products.productNames(),
				Messages.text("forecast.company", "Whole company"));
		leaves.forEach((monthHorizon, reps) -> {
			String month = monthHorizon.split(",")[0];
			int horizon = Integer.parseInt(monthHorizon.split(",")[1]);
			reps.forEach((rep, skus) -> actuals.getOrDefault(month + "," + rep, Map.of())
				.forEach((product, actual) -> skus.computeIfAbsent(product, (k) -> zeros())[1] = actual));
			rows.addAll(AccuracyLevels.rows(month, horizon, reps, members, names));
		});
		return rows;
	}

	/**
	 * The reps of the given rep (id or login), region and market, where named: an
	 * accuracy report narrowed by them still covers only the reps the reader sees. The
	 * organisation is read when the first rep is asked about, so not at all when there is
	 * no forecast.
	 */
	public Predicate<String> narrowedTo(String rep, String region, String market) {
		AtomicReference<Map<String, SalesTeams.Member>> members = new AtomicReference<>();
		return (repId) -> {
			SalesTeams.Member member = members.updateAndGet((known) -> (known != null) ? known : members()).get(repId);
			return member != null && (blank(rep) || rep.equals(repId) || rep.equals(member.userId()))
					&& (blank(region) || region.equals(member.regionId()))
					&& (blank(market) || market.equals(member.marketId()));
		};
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static BigDecimal[] leaf(Map<String, Map<String, Map<String, BigDecimal[]>>> leaves, String monthHorizon,
			String rep, String sku) {
		return leaves.computeIfAbsent(monthHorizon, (k) -> new TreeMap<>())
			.computeIfAbsent(rep, (k) -> new TreeMap<>())
			.computeIfAbsent(sku, (k) -> zeros());
	}

	static BigDecimal[] zeros() {
		return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO };
	}

	private Map<String, SalesTeams.Member> members() {
		return this.teams.members().stream().collect(Collectors.toMap(SalesTeams.Member::repId, Function.identity()));
	}

	private static int compare(List<String> left, List<String> right) {
		return String.join("|", left).compareTo(String.join("|", right));
	}

	/** Sums of pairs, as accuracy sums them. */
	static ForecastAccuracy.Figures figures(List<BigDecimal[]> pairs) {
		return ForecastAccuracy.of(pairs.stream().map((pair) -> new ForecastAccuracy.Pair(pair[0], pair[1])).toList());
	}

}
