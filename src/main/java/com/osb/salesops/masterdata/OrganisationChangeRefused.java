package com.osb.salesops.masterdata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to the sales organisation that cannot be made as asked: every field at fault,
 * with what is wrong with it.
 */
public class OrganisationChangeRefused extends RuntimeException {

	private final Map<String, String> problems;

	public OrganisationChangeRefused(Map<String, String> problems) {
		super(String.join("; ", problems.entrySet().stream().map((e) -> e.getKey() + ": " + e.getValue()).toList()));
		this.problems = new LinkedHashMap<>(problems);
	}

	public OrganisationChangeRefused(String field, String problem) {
		this(Map.of(field, problem));
	}

	public Map<String, String> problems() {
		return this.problems;
	}

}
