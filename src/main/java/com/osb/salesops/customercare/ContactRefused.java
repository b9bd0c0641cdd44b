package com.osb.salesops.customercare;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A visit, call, meeting or callback that cannot be recorded as it is, with every problem
 * by field.
 */
public class ContactRefused extends RuntimeException {

	private final Map<String, String> problems;

	public ContactRefused(Map<String, String> problems) {
		super(String.join("; ", problems.entrySet().stream().map((e) -> e.getKey() + ": " + e.getValue()).toList()));
		this.problems = new LinkedHashMap<>(problems);
	}

	public ContactRefused(String field, String problem) {
		this(Map.of(field, problem));
	}

	public Map<String, String> problems() {
		return Map.copyOf(this.problems);
	}

	/** The first field at fault. */
	public String firstField() {
		return this.problems.keySet().iterator().next();
	}

}
