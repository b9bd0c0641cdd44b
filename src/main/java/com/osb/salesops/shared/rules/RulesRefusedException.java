package com.osb.salesops.shared.rules;

import java.util.List;

/**
 * A changed DRL file that says more than rules over its capability's facts, refused
 * before it is compiled or run; {@link RuleTextCheck} names each problem.
 */
public class RulesRefusedException extends RuleSetException {

	private final transient List<String> problems;

	public RulesRefusedException(List<String> problems) {
		super("The rules use what a rule may not: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/** Each problem, with its line, in the reader's language. */
	public List<String> problems() {
		return this.problems;
	}

}
