package com.osb.salesops.masterdata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request on a customer account that cannot be carried out as asked: every field at
 * fault, with what is wrong with it.
 */
public class AccountRequestRefused extends RuntimeException {

	private final Map<String, String> problems;

	public AccountRequestRefused(Map<String, String> problems) {
		super(String.join("; ", problems.entrySet().stream().map((e) -> e.getKey() + ": " + e.getValue()).toList()));
		this.problems = new LinkedHashMap<>(problems);
	}

	public AccountRequestRefused(String field, String problem) {
		this(Map.of(field, problem));
	}

	public Map<String, String> problems() {
		return this.problems;
	}

}
