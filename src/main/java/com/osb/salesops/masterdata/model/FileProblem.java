package com.osb.salesops.masterdata.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is wrong with a value of a customer's file: a code for a program, its English with
 * {@code {0}}-style places, and what fills them, so that a caller writes it in its
 * reader's language ({@code field.<code>} of the message bundles).
 *
 * @param code what is wrong (kebab-case, stable)
 * @param english the English text
 * @param args what fills the places, as texts
 */
public record FileProblem(String code, String english, List<String> args) {

	public FileProblem {
		args = List.copyOf(args);
	}

	public static FileProblem of(String code, String english, Object... args) {
		return new FileProblem(code, english, Arrays.stream(args).map(String::valueOf).toList());
	}

	/** Each field's problem in English, in the same order. */
	public static Map<String, String> english(Map<String, FileProblem> problems) {
		Map<String, String> english = new LinkedHashMap<>();
		problems.forEach((field, problem) -> english.put(field, problem.message()));
		return english;
	}

	/** What is wrong, in English. */
	public String message() {
		return this.args.isEmpty() ? this.english
				: new MessageFormat(this.english, Locale.ENGLISH).format(this.args.toArray());
	}

}
