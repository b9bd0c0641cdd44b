package com.osb.salesops.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The parameters of an address's query: which names a request gave, and those of them the
 * address does not take, each a problem naming what it takes. A name the address does not
 * know is refused rather than ignored, since a mistyped filter would otherwise answer as
 * if no filter had been asked.
 */
public final class QueryParameters {

	private QueryParameters() {
	}

	/**
	 * The names in a query string, decoded, in their order, as often as each is given;
	 * none for null. A name that cannot be decoded is kept as it was sent.
	 */
	public static List<String> names(String query) {
		List<String> names = new ArrayList<>();
		for (String name : rawNames(query)) {
			try {
				names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				names.add(name);
			}
		}
		return names;
	}

	/** The names in a query string that cannot be decoded, as they were sent. */
	public static List<String> undecodable(String query) {
		List<String> names = new ArrayList<>();
		for (String name : rawNames(query)) {
			try {
				URLDecoder.decode(name, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				names.add(name);
			}
		}
		return names;
	}

	private static List<String> rawNames(String query) {
		List<String> names = new ArrayList<>();
		if (query == null || query.isEmpty()) {
			return names;
		}
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				int equals = pair.indexOf('=');
				names.add((equals < 0) ? pair : pair.substring(0, equals));
			}
		}
		return names;
	}

	/**
	 * A problem for each name given more than once that takes a single value, each named
	 * once.
	 */
	public static List<FieldError> repeated(List<String> given, Predicate<String> takesMany) {
		Set<String> seen = new HashSet<>();
		Set<String> repeated = new LinkedHashSet<>();
		for (String name : given) {
			if (!seen.add(name) && !takesMany.test(name)) {
				repeated.add(name);
			}
		}
		return repeated.stream()
			.map((name) -> FieldError.of(name, "given-twice", "is given more than once; give it once"))
			.toList();
	}

	/** A problem for each name given that is not among those known. */
	public static List<FieldError> unknown(Collection<String> given, Collection<String> known) {
		List<FieldError> problems = new ArrayList<>();
		String takes = String.join(", ", new TreeSet<>(known));
		for (String name : new LinkedHashSet<>(given)) {
			if (known.isEmpty()) {
				problems.add(new FieldError(name, Messages.text("field.takes-no-parameters",
						"is not a parameter of this address, which takes none"), "unknown-parameter"));
			}
			else if (!known.contains(name)) {
				problems.add(FieldError.of(name, "unknown-parameter",
						"is not a parameter of this address; it takes {0}", takes));
			}
		}
		return problems;
	}

}
