package com.osb.salesops.forecast;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.forecast.model.ForecastFile;
import com.osb.salesops.shared.web.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused forecast names each problem of the file with a stable code, in the language
 * of the request, whether it came as a CSV upload or from the form in Tasklist.
 */
class ForecastRefusedLanguagesTest {

	private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 12), YearMonth.of(2027, 1));

	@RegisterExtension
	final Bundles.EachTest bundles = Bundles.eachTest(Locale.forLanguageTag("zh-CN"));

	@Test
	void shouldRefuseABadFileInChineseOrEnglishWithTheSameCodes() {
		// given
		ForecastFile.Parsed parsed = ForecastFile
			.parse("month,sku,channel,quantity,amount\n2026-11,P-500,PHONE,x,1.234\n", MONTHS, (sku) -> false);

		// when
		LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-CN"));
		ForecastRefused chinese = new ForecastRefused("forecast-problems", "The forecast has {0} problem(s)",
				parsed.problems(), parsed.problems().size());
		List<String> zh = chinese.problems().stream().map(ForecastRefused::text).toList();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		ForecastRefused english = new ForecastRefused("forecast-problems", "The forecast has {0} problem(s)",
				parsed.problems(), parsed.problems().size());
		List<String> en = english.problems().stream().map(ForecastRefused::text).toList();

		// then
		assertThat(parsed.problems()).extracting((problem) -> problem.field() + "=" + problem.code())
			.containsExactly("line[2].month=forecast-month", "line[2].sku=no-such-product",
					"line[2].channel=forecast-channel", "line[2].quantity=forecast-quantity",
					"line[2].amount=forecast-amount");
		assertThat(chinese.getMessage()).isEqualTo("预测有 5 个问题");
		assertThat(zh).containsExactly("必须是 [2026-12, 2027-01] 之一，而不是“2026-11”", "没有有效产品“P-500”",
				"必须是 DIRECT、DISTRIBUTOR 或 ONLINE，而不是“PHONE”", "必须是不小于 0 的整数，而不是“x”", "必须是不小于 0 且最多两位小数的金额，而不是“1.234”");
		assertThat(english.getMessage()).isEqualTo("The forecast has 5 problem(s)");
		assertThat(en).containsExactly("must be one of [2026-12, 2027-01], not '2026-11'",
				"there is no active product 'P-500'", "must be DIRECT, DISTRIBUTOR or ONLINE, not 'PHONE'",
				"must be a whole number of 0 or more, not 'x'",
				"must be an amount of 0 or more with at most 2 decimals, not '1.234'");
	}

}
