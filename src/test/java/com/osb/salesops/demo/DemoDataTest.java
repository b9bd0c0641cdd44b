package com.osb.salesops.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.osb.salesops.shared.web.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo company is named in the company's language; its codes, amounts and dates are
 * the same in both.
 */
class DemoDataTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	@Test
	void aChineseCompanyReadsItsDemoInChineseWithTheSameCodesAndFigures() {
		try (Bundles bundles = Bundles.loaded(Locale.forLanguageTag("zh-CN"))) {
			bothLanguages();
		}
	}

	private static void bothLanguages() {
		assertThat(DemoData.chineseOrganisation(TODAY)).contains("REP,R01,张伟,BJ,rep1");
		assertSameButNames(DemoData.organisation(TODAY), DemoData.chineseOrganisation(TODAY), 2);
		assertSameButNames(DemoData.PRODUCTS, DemoData.CHINESE_PRODUCTS, 1);
		assertSameButNames(DemoData.customers(TODAY, false), DemoData.customers(TODAY, true), 1);
		assertThat(DemoData.customers(TODAY, true)).contains("华信电子有限公司").doesNotContain("Huaxin", "head office");
		assertThat(DemoData.customers(TODAY, false)).contains("Huaxin Electronics").doesNotContainPattern("\\p{IsHan}");
	}

	/**
	 * Every line alike but for its names: the column at {@code nameColumn} and text
	 * fields.
	 */
	private static void assertSameButNames(String english, String chinese, int nameColumn) {
		Function<String, List<String>> figures = (csv) -> csv.lines()
			.skip(1)
			.map((line) -> line.split(",", -1))
			.map((cells) -> cells[0] + "|"
					+ String.join("|", List.of(cells).subList(nameColumn + 1, cells.length))
						.replaceAll("[^|0-9.\\-]*\\p{IsHan}[^|]*|[^|]*[A-Za-z]{3,}[^|]*", "~"))
			.toList();
		assertThat(figures.apply(chinese)).isEqualTo(figures.apply(english));
		List<String> names = chinese.lines().skip(1).map((line) -> line.split(",", -1)[nameColumn]).toList();
		assertThat(names).allSatisfy((name) -> assertThat(name).containsPattern("\\p{IsHan}"));
	}

}
