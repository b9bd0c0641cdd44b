package com.osb.salesops.shared.process;

import java.util.Locale;

import com.osb.salesops.shared.language.RuleTexts;

/**
 * A text the product wrote for a form, as the form shows it to a reader: an amount as the
 * reader's language writes money ({@link MoneyText}), each rule's explanation in the
 * reader's language ({@link RuleTexts}); for a reader of English, as it was written. A
 * field the form only shows comes back on submission as it was shown, which counts as
 * unchanged.
 */
final class ShownTexts {

	private ShownTexts() {
	}

	static String of(String written, Locale language) {
		if (written == null || "en".equals(language.getLanguage())) {
			return written;
		}
		return RuleTexts.inLanguage(MoneyText.inLanguage(written, language), language);
	}

}
