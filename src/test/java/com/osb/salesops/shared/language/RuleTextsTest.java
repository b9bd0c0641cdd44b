package com.osb.salesops.shared.language;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of every decision table that explains itself has its Simplified Chinese next
 * to the table, every rule of a rule set its Chinese name, and an explanation reads in
 * the reader's language with whatever else it says kept.
 */
class RuleTextsTest {

	private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

	private final RuleTexts texts = new RuleTexts();

	@Test
	void everyRuleDescriptionAndRuleNameHasItsChinese() {
		assertThat(this.texts.untranslated(CHINESE))
			.as("rule ids without Chinese in rules/<table>_zh_CN.properties, rule names without @zh")
			.isEmpty();
	}

	@Test
	void namesADecisionAndWhatItIsGivenInTheLanguageAndOnlyWhole() {
		assertThat(this.texts.label("Order approval level", CHINESE)).isEqualTo("订单审批级别");
		assertThat(this.texts.label("Order total", CHINESE)).isEqualTo("订单总额");
		assertThat(this.texts.label("Order total", Locale.ENGLISH)).isEqualTo("Order total");
		assertThat(this.texts.label("Order total (net)", CHINESE)).isEqualTo("Order total (net)");
	}

	@Test
	void translatesEachDescriptionInAnExplanationAndKeepsTheRest() {
		assertThat(this.texts.translate("Pass: exposure within the credit limit", CHINESE)).isEqualTo("通过：风险敞口在信用额度之内");
		assertThat(this.texts.translate(
				"credit-limit v3 Rule_GradeB (B: pays within 15 days on average); Rule_TermsB (B: one and a half months, 30 days to pay)",
				CHINESE))
			.isEqualTo("credit-limit v3 Rule_GradeB (B：平均 15 天内付款); Rule_TermsB (B：一个半月，账期 30 天)");
		assertThat(this.texts.translate("Pass: exposure within the credit limit", Locale.ENGLISH))
			.isEqualTo("Pass: exposure within the credit limit");
		assertThat(this.texts.translate("Payout 0.00 (No curve payout below the 50% threshold)", CHINESE))
			.isEqualTo("Payout 0.00 (低于 50% 门槛时无曲线提成)");
		assertThat(this.texts.translate("Written by a person", CHINESE)).isEqualTo("Written by a person");
		assertThat(this.texts.translate(null, CHINESE)).isNull();
	}

}
