package com.osb.salesops.shared.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A problem a person made in what they wrote (a row of a sheet, a line of a dispute), as
 * its code in the message bundles ({@code field.<code>}), its English with
 * {@code {0}}-style places, and what fills them, already written as text: worded in the
 * reader's language where it is shown.
 *
 * @param code the key below {@code field.}
 * @param english the English text
 * @param args what fills the places
 */
public record CodedProblem(String code, String english, List<String> args) {

	public CodedProblem {
		args = List.copyOf(args);
	}

	public static CodedProblem of(String code, String english, Object... args) {
		return new CodedProblem(code, english, Arrays.stream(args).map(String::valueOf).toList());
	}

	/** The problem in English, as a log or a test reads it. */
	public String inEnglish() {
		return this.args.isEmpty() ? this.english
				: new MessageFormat(this.english, Locale.ENGLISH).format(this.args.toArray());
	}

}
