package com.osb.salesops.shared.rules;

import java.util.List;

/**
 * Rules that cannot be loaded: missing, not compiling, or disagreeing with their
 * examples.
 */
public class RuleSetException extends RuntimeException {

	private final transient List<ExampleCheck> checks;

	public RuleSetException(String message) {
		super(message);
		this.checks = List.of();
	}

	/** Rules refused because they break examples, or have none. */
	public RuleSetException(List<ExampleCheck> checks) {
		super(ExampleCheck.reports(checks));
		this.checks = checks.stream().filter((check) -> !check.passed()).toList();
	}

	/** The example checks that failed, empty when the rules did not compile. */
	public List<ExampleCheck> checks() {
		return this.checks;
	}

}
