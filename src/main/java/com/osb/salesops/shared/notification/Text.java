package com.osb.salesops.shared.notification;

import java.util.Locale;

import com.osb.salesops.shared.web.Messages;

/**
 * A text of a notification in any language: its code in the message bundles
 * ({@code mail.<code>} in {@code messages*.properties}), its English, and what fills its
 * places. Pass the arguments as texts, already formatted, so that no language formats a
 * number differently.
 *
 * @param code the key below {@code mail.}
 * @param english the English text, with {@code {0}}-style places
 * @param args what fills the places
 */
public record Text(String code, String english, Object[] args) {

	public static Text of(String code, String english, Object... args) {
		return new Text(code, english, args);
	}

	/** The text in the language. */
	public String in(Locale language) {
		return Messages.text(language, "mail." + this.code, this.english, this.args);
	}

}
