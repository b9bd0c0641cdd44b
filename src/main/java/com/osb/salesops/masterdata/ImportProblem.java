package com.osb.salesops.masterdata;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.osb.salesops.shared.web.Messages;

/**
 * What is wrong in an imported file, and where: a stable code, for a program, and the
 * text for a person, {@code field.<code>} of the message bundles, whose places hold the
 * values of the file.
 *
 * @param line the line of the file, the header being line 1
 * @param column the column, or null for the whole line
 * @param code what is wrong, for a program (kebab-case, stable)
 * @param english the English text, with {@code {0}}-style places
 * @param args what fills the places, as texts
 */
public record ImportProblem(int line, String column, String code, String english, List<String> args) {

	public ImportProblem {
		args = List.copyOf(args);
	}

	/** A problem whose arguments are written as {@code String.valueOf} writes them. */
	public static ImportProblem of(int line, String column, String code, String english, Object... args) {
		return new ImportProblem(line, column, code, english, Arrays.stream(args).map(String::valueOf).toList());
	}

	/** What is wrong, in English. */
	public String message() {
		return this.args.isEmpty() ? this.english
				: new MessageFormat(this.english, Locale.ENGLISH).format(this.args.toArray());
	}

	/** What is wrong, in the language of the current request. */
	public String text() {
		return Messages.text("field." + this.code, this.english, this.args.toArray());
	}

}
