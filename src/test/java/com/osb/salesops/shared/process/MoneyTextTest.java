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

}
