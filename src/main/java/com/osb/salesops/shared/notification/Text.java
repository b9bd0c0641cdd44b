package com.osb.salesops.shared.notification;

import java.util.Locale;

import com.osb.salesops.shared.language.Localized;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.web.Messages;

/**
 * A text of a notification in any language: its code in the message bundles
 * ({@code mail.<code>} in {@code messages*.properties}), its English, and what fills its
 * places. Pass the arguments as texts, already formatted, so that no language formats a
 * number differently; an argument that reads differently in each language (a task's name,
 * a moment with its time zone, another text) is a {@link Localized}, written in the
 * language of the text; an amount of money ({@link MoneyText#of(java.math.BigDecimal)})
 * is written as the language writes money.
 *
 * @param code the key below {@code mail.}
 * @param english the English text, with {@code {0}}-style places
 * @param args what fills the places
 */
public record Text(String code, String english, Object[] args) implements Localized {

	public static Text of(String code, String english, Object... args) {
		return new Text(code, english, args);
	}

	/** The text in the language. */
	@Override
	public String in(Locale language) {
		Object[] texts = new Object[this.args.length];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = (this.args[i] instanceof Localized localized) ? localized.in(language)
					: (this.args[i] instanceof String text) ? MoneyText.inLanguage(text, language) : this.args[i];
		}
		return Messages.text(language, "mail." + this.code, this.english, texts);
	}

}
