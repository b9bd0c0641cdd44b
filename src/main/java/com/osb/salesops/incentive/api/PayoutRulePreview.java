package com.osb.salesops.incentive.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.osb.salesops.incentive.PayoutRulePreviews;
import com.osb.salesops.incentive.model.PlanComparison;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.process.RulePreview;
import com.osb.salesops.shared.process.RuleSetPreview;
import com.osb.salesops.shared.rules.CandidateRuleSets.Candidate;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.CsvFiles;
import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Component;

/**
 * The preview of changed incentive rules ({@code rules/incentive/*.drl}, the payout curve
 * and its plan among them): the plan comparison of every active rep's statement of the
 * quarter ({@code ?period=2026-Q3}, by default the current quarter so far) under the
 * rules in use and under the change.
 */
@Component
class PayoutRulePreview implements RuleSetPreview {

	private static final String CSV_HEADER = "rep,attainment,payoutRateBefore,payoutRateAfter,payoutBefore,"
			+ "payoutAfter,payoutChange";

	private final PayoutRulePreviews previews;

	private final BusinessClock clock;

	PayoutRulePreview(PayoutRulePreviews previews, BusinessClock clock) {
		this.previews = previews;
		this.clock = clock;
	}

	@Override
	public String capability() {
		return "incentive";
	}

	@Override
	public RulePreview.Result preview(Candidate candidate, String period) {
		Quarter quarter = (period != null) ? StatementsController.quarter(period) : Quarter.of(this.clock.today());
		PlanComparison comparison = this.previews.compare(quarter, candidate.live(), candidate.changed());
		long changed = comparison.reps().stream().filter((rep) -> rep.difference().signum() != 0).count();
		String summary = Messages.text("preview.payout-summary",
				"{0} reps in {1}, {2} paid differently; total payout {3} -> {4} CNY ({5})", comparison.reps().size(),
				quarter, changed, plain(comparison.currentTotal()), plain(comparison.changedTotal()),
				signed(comparison.difference()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("ruleSet", "rules/" + candidate.capability());
		body.put("file", candidate.file());
		body.put("versionInUse", candidate.live().version());
		body.put("changedVersion", candidate.changed().version());
		body.put("period", quarter.toString());
		body.put("summaryLine", summary);
		body.put("summary",
				Map.of("reps", comparison.reps().size(), "repsPaidDifferently", changed, "currentTotal",
						comparison.currentTotal(), "changedTotal", comparison.changedTotal(), "difference",
						comparison.difference()));
		body.put("reps", comparison.reps());
		String csv = Stream
			.concat(Stream.of("# " + summary, CSV_HEADER), comparison.reps().stream().map(PayoutRulePreview::csv))
			.collect(Collectors.joining("\n", "", "\n"));
		return new RulePreview.Result(body, csv);
	}

	private static String csv(PlanComparison.Rep rep) {
		return List
			.of(rep.id(), plain(rep.attainment()), plain(rep.currentRate()), plain(rep.changedRate()),
					plain(rep.currentPayout()), plain(rep.changedPayout()), plain(rep.difference()))
			.stream()
			.map(CsvFiles::cell)
			.collect(Collectors.joining(","));
	}

	private static String plain(BigDecimal amount) {
		return amount.toPlainString();
	}

	private static String signed(BigDecimal amount) {
		return ((amount.signum() > 0) ? "+" : "") + amount.toPlainString();
	}

}
