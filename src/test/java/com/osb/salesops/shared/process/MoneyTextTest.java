package com.osb.salesops.shared.process;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Money as each reader expects it: exact to the fen, with thousands separators. */
class MoneyTextTest {

	@Test
	void writesYuanForChineseReadersAndCnyForOthers() {
		BigDecimal amount = new BigDecimal("1234567.5");

		assertThat(MoneyText.of(amount, Locale.forLanguageTag("zh-CN"))).isEqualTo("¥1,234,567.50");
		assertThat(MoneyText.of(amount, Locale.ENGLISH)).isEqualTo("1,234,567.50 CNY");
		assertThat(MoneyText.of(amount)).isEqualTo("1,234,567.50 CNY");
	}

	@Test
	void rewritesItsOwnAmountsWhereverTheyStandInATextForAnotherLanguage() {
		Locale chinese = Locale.forLanguageTag("zh-CN");

		assertThat(MoneyText.inLanguage("1,234,567.50 CNY", chinese)).isEqualTo("¥1,234,567.50");
		assertThat(MoneyText.inLanguage("-0.40 CNY", chinese)).isEqualTo("¥-0.40");
		assertThat(MoneyText.inLanguage("1,234,567.50 CNY", Locale.ENGLISH)).isEqualTo("1,234,567.50 CNY");
		assertThat(MoneyText.inLanguage("SC20261207TH0001 1,440.00 CNY，货物损坏", chinese))
			.isEqualTo("SC20261207TH0001 ¥1,440.00，货物损坏");
		assertThat(MoneyText.inLanguage("第 1 行：3 件，单价 480.00，合计 1,440.00 CNY\n第 2 行：1 件，合计 -0.40 CNY", chinese))
			.isEqualTo("第 1 行：3 件，单价 480.00，合计 ¥1,440.00\n第 2 行：1 件，合计 ¥-0.40");
		assertThat(MoneyText.inLanguage("Limit 1,000.00 CNY", chinese)).isEqualTo("Limit ¥1,000.00");
		for (String other : new String[] { "1,000.0 CNY", "12,34.00 CNY", "1234.00 CNY", "A1,000.00 CNY", "CNY", "",
				"NET60" }) {
			assertThat(MoneyText.inLanguage(other, chinese)).as(other).isEqualTo(other);
		}
		assertThat(MoneyText.inLanguage(null, chinese)).isNull();
	}

}
