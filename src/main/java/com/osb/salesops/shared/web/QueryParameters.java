package com.osb.salesops.shared.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of an address's query: which names a request gave, and those of them the
 * address does not take, each a problem naming what it takes. A name the address does not
 * know is refused rather than ignored, since a mistyped filter would otherwise answer as
 * if no filter had been asked.
 */
public final class QueryParameters {

	private QueryParameters() {
	}

	/** The names in a query string, decoded, in their order, each once; none for null. */
	public static Set<String> names(String query) {
		Set<String> names = new LinkedHashSet<>();
		if (query == null || query.isEmpty()) {
			return names;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			try {
				names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				names.add(name);
			}
		}
		return names;
	}

	/** A problem for each name given that is not among those known. */
	public static List<FieldError> unknown(Collection<String> given, Collection<String> known) {
		List<FieldError> problems = new ArrayList<>();
		String takes = known.isEmpty() ? "-" : String.join(", ", new TreeSet<>(known));
		for (String name : given) {
			if (!known.contains(name)) {
				problems.add(FieldError.of(name, "unknown-parameter",
						"is not a parameter of this address; it takes {0}", takes));
			}
		}
		return problems;
	}

}
