package com.osb.salesops.shared.process;

import java.util.List;

import com.osb.salesops.shared.rules.ExampleCheck;
import org.camunda.bpm.engine.exception.NotValidException;

/**
 * A deployment refused because a rule disagrees with its examples, or has none. It is a
 * bad request of the one who deploys, never a fault of the server: the REST API answers
 * it with 422 and each broken example, the start-up with one paragraph.
 */
public class RuleExamplesException extends NotValidException {

	private final transient List<ExampleCheck> checks;

	RuleExamplesException(List<ExampleCheck> checks) {
		super(ExampleCheck.reports(checks));
		this.checks = checks.stream().filter((check) -> !check.passed()).toList();
	}

	/** The checks that failed. */
	public List<ExampleCheck> checks() {
		return this.checks;
	}

}
