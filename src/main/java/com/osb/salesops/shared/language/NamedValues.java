package com.osb.salesops.shared.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.osb.salesops.shared.web.Messages;

/**
 * Names with their values as a list or a map writes them
 * ({@code name=value, name=value}), worded for a reader: each pair as the language writes
 * a name and its value ({@code 决定：批准}), the pairs apart as the language parts them.
 */
public final class NamedValues {

	/** Between two pairs: a comma before the next name. */
	private static final Pattern BETWEEN = Pattern.compile(", (?=[A-Za-z][A-Za-z0-9_]*=)");

	/** A name and its value. */
	public record Pair(String name, String value) {
	}

	private NamedValues() {
	}

	/**
	 * The pairs worded in the language, each as the function words it; a pair it words as
	 * nothing is left out.
	 */
	public static String worded(String pairs, Locale language, Function<Pair, Optional<Pair>> word) {
		List<String> worded = new ArrayList<>();
		for (String pair : BETWEEN.split(pairs)) {
			int equals = pair.indexOf('=');
			word.apply(new Pair(pair.substring(0, equals), pair.substring(equals + 1)))
				.ifPresent((said) -> worded
					.add(Messages.text(language, "audit-detail.answer", "{0}={1}", said.name(), said.value())));
		}
		return String.join(Messages.text(language, "audit-detail.answer-separator", ", "), worded);
	}

}
