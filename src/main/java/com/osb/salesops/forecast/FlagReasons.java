package com.osb.salesops.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.web.Messages;

/**
 * Why a forecast line was flagged, in a reader's language: each spot-check that flagged
 * it with the reason its table gives, the amount forecast and what it was compared with.
 */
public final class FlagReasons {

	private FlagReasons() {
	}

	/** The line's flag reasons in the language; a line stored without them as it was. */
	public static String of(StoredLine line, Locale language) {
		if (line.pipelineReason() == null && line.lastYearReason() == null) {
			return (line.flagReason() != null)
					? RuleTexts.inLanguage(MoneyText.inLanguage(line.flagReason(), language), language) : null;
		}
		return of(line.pipelineReason(), line.lastYearReason(), line.amount(), line.pipelineExpectation(),
				line.lastYearAmount(), YearMonth.parse(line.targetMonth()), language);
	}

	/**
	 * The reasons of the checks that flagged a line (null for a check that did not), with
	 * the amount forecast for the month and what each check compared it with, in the
	 * language; null when neither did.
	 */
	static String of(String pipelineReason, String lastYearReason, BigDecimal amount, BigDecimal expectation,
			BigDecimal lastYearAmount, YearMonth month, Locale language) {
		List<String> reasons = new ArrayList<>();
		if (pipelineReason != null) {
			reasons.add(Messages.text(language, "forecast.flag-pipeline", "{0}: {1} against {2} expected",
					RuleTexts.inLanguage(pipelineReason, language), MoneyText.of(amount, language),
					MoneyText.of(expectation, language)));
		}
		if (lastYearReason != null) {
			reasons.add(Messages.text(language, "forecast.flag-last-year", "{0}: {1} against {2} in {3}",
					RuleTexts.inLanguage(lastYearReason, language), MoneyText.of(amount, language),
					MoneyText.of(lastYearAmount, language), month.minusYears(1)));
		}
		return reasons.isEmpty() ? null
				: String.join(Messages.text(language, "forecast.flag-separator", ";\u0020"), reasons);
	}

}
