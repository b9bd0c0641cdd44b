package com.osb.salesops.masterdata;

import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.web.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each problem of an imported file has a stable code, and reads in the caller's language
 * with the values of the file in it.
 */
class ImportProblemLanguagesTest {

	private static final List<String> COLUMNS = List.of("sku", "name", "listPrice");

	@RegisterExtension
	final Bundles.EachTest bundles = Bundles.eachTest(Locale.forLanguageTag("zh-CN"));

	@Test
	void shouldNameEachProblemByItsCodeInChineseOrEnglish() {
		// given
		CsvTable table = CsvTable.read("sku,name,listPrice\nA-1,,abc\nB-2,Pump,-1\nC-3,Valve\n", COLUMNS);
		for (CsvTable.Row row : table.rows()) {
			row.text("name", 100, true);
			row.money("listPrice", true);
		}

		// when
		LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-CN"));
		List<String> chinese = table.problems().stream().map((p) -> p.code() + "=" + p.text()).toList();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		List<String> english = table.problems().stream().map((p) -> p.code() + "=" + p.text()).toList();

		// then
		assertThat(chinese).containsExactlyInAnyOrder("csv-value-count=有 2 个值，而表头有 3 列", "required=为必填项",
				"csv-not-a-number=“abc”不是数字", "csv-amount=“-1”必须是不小于 0 且最多两位小数的金额");
		assertThat(english).containsExactlyInAnyOrder("csv-value-count=has 2 values where the header has 3",
				"required=is required", "csv-not-a-number='abc' is not a number",
				"csv-amount='-1' must be an amount of 0 or more with at most 2 decimals");
		assertThat(table.problems()).extracting((p) -> p.code() + "=" + p.message())
			.containsExactlyInAnyOrderElementsOf(english);
	}

	@Test
	void shouldNameTheHeaderAFileMustHave() {
		// given
		CsvTable table = CsvTable.read("sku,listPrice,name\nA-1,1,x\n", COLUMNS);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("zh-CN"));

		// when
		ImportProblem problem = table.problems().get(0);

		// then
		assertThat(problem.code()).isEqualTo("csv-header");
		assertThat(problem.text()).isEqualTo("必须是表头 sku,name,listPrice");
		assertThat(problem.message()).isEqualTo("must be the header sku,name,listPrice");
	}

}
