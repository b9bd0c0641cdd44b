package com.osb.salesops.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.osb.salesops.forecast.model.Deviation;
import com.osb.salesops.forecast.model.ForecastLine;
import com.osb.salesops.shared.process.DecisionEvaluator;
import com.osb.salesops.shared.process.DecisionOutcome;
import com.osb.salesops.shared.process.SystemActions;

import org.springframework.stereotype.Component;

/**
 * The spot-check of a rep's forecast lines (POLICY section 6): each line against the
 * pipeline-based expectation (open orders of the month plus the rep's average monthly
 * sales over the 3 months before the cycle) and against the same month last year, by the
 * rules {@value #PIPELINE} and {@value #LAST_YEAR}. Every line keeps which rules decided,
 * on which inputs, flagged or not.
 */
@Component
class SpotChecks {

	static final String PIPELINE = "forecast-pipeline-check";

	static final String LAST_YEAR = "forecast-last-year-check";

	private static final BigDecimal RUN_RATE_MONTHS = BigDecimal.valueOf(3);

	private final SalesLedger ledger;

	private final DecisionEvaluator decisions;

	private final SystemActions system;

	SpotChecks(SalesLedger ledger, DecisionEvaluator decisions, SystemActions system) {
		this.ledger = ledger;
		this.decisions = decisions;
		this.system = system;
	}

	List<StoredLine> check(long submissionId, YearMonth cycle, String repId, List<ForecastLine> lines) {
		Map<String, BigDecimal> recent = byKey(this.ledger.netInvoiced(cycle.minusMonths(3), cycle.minusMonths(1)),
				repId, false);
		Map<String, BigDecimal> lastYear = byKey(
				this.ledger.netInvoiced(cycle.plusMonths(1).minusYears(1), cycle.plusMonths(3).minusYears(1)), repId,
				true);
		Map<String, BigDecimal> open = byKey(this.ledger.openOrders(cycle.plusMonths(1), cycle.plusMonths(3)), repId,
				true);
		List<StoredLine> checked = new ArrayList<>();
		for (ForecastLine line : lines) {
			String product = line.sku() + "," + line.channel();
			String monthly = line.month() + "," + product;
			BigDecimal runRate = recent.getOrDefault(product, BigDecimal.ZERO)
				.divide(RUN_RATE_MONTHS, 2, RoundingMode.HALF_EVEN);
			BigDecimal openOrders = open.getOrDefault(monthly, BigDecimal.ZERO);
			BigDecimal expectation = openOrders.add(runRate);
			BigDecimal sameMonth = lastYear.getOrDefault(line.month().minusYears(1) + "," + product, BigDecimal.ZERO);
			checked.add(line(submissionId, cycle, line, openOrders, runRate, expectation, sameMonth));
		}
		return checked;
	}

	private StoredLine line(long submissionId, YearMonth cycle, ForecastLine line, BigDecimal openOrders,
			BigDecimal runRate, BigDecimal expectation, BigDecimal sameMonth) {
		BigDecimal pipelineDeviation = Deviation.of(line.amount(), expectation);
		BigDecimal lastYearDeviation = Deviation.of(line.amount(), sameMonth);
		Map<String, Object> pipelineInputs = new HashMap<>();
		pipelineInputs.put("pipelineDeviation", pipelineDeviation);
		pipelineInputs.put("forecastAmount", line.amount());
		Map<String, Object> lastYearInputs = new HashMap<>();
		lastYearInputs.put("lastYearDeviation", lastYearDeviation);
		// the rules apply whoever submits; a rep may not read decision tables through the
		// engine
		DecisionOutcome pipeline = this.system.run(() -> this.decisions.evaluate(PIPELINE, pipelineInputs));
		DecisionOutcome sameMonthLastYear = this.system.run(() -> this.decisions.evaluate(LAST_YEAR, lastYearInputs));
		String pipelineReason = Boolean.TRUE.equals(pipeline.outputs().get("flagged"))
				? String.valueOf(pipeline.outputs().get("reason")) : null;
		String lastYearReason = Boolean.TRUE.equals(sameMonthLastYear.outputs().get("flagged"))
				? String.valueOf(sameMonthLastYear.outputs().get("reason")) : null;
		String inputs = "forecastAmount=" + line.amount() + ", openOrders=" + openOrders + ", averageMonthlySales="
				+ runRate + ", pipelineExpectation=" + expectation + ", pipelineDeviation=" + pipelineDeviation
				+ ", lastYearAmount=" + sameMonth + ", lastYearDeviation=" + lastYearDeviation;
		String rules = fired(pipeline) + "; " + fired(sameMonthLastYear);
		int horizon = (int) cycle.until(line.month(), java.time.temporal.ChronoUnit.MONTHS);
		// the reasons of record in English; a reader reads them in their language
		// (FlagReasons)
		return new StoredLine(submissionId, line.month().toString(), horizon, line.sku(), line.channel(),
				line.quantity(), line.amount(), expectation, sameMonth,
				pipelineReason != null || lastYearReason != null, FlagReasons.of(pipelineReason, lastYearReason,
						line.amount(), expectation, sameMonth, line.month(), Locale.ENGLISH),
				rules, inputs, pipelineReason, lastYearReason);
	}

	private static String fired(DecisionOutcome outcome) {
		return outcome.firedRules()
			.stream()
			.map((rule) -> rule.decisionKey() + " v" + rule.version() + " " + rule.ruleId() + " (" + rule.description()
					+ ")")
			.collect(Collectors.joining(", "));
	}

	/** The rep's amounts by product and channel, with or without the month in front. */
	private static Map<String, BigDecimal> byKey(List<SalesLedger.Amount> amounts, String repId, boolean withMonth) {
		Map<String, BigDecimal> sums = new HashMap<>();
		for (SalesLedger.Amount amount : amounts) {
			if (repId.equals(amount.repId()) && amount.sku() != null && amount.channel() != null) {
				String key = amount.sku() + "," + amount.channel();
				sums.merge(withMonth ? amount.month() + "," + key : key, amount.amount(), BigDecimal::add);
			}
		}
		return sums;
	}

}
