package com.osb.salesops.shared.rules;

import java.util.List;

/**
 * How a capability runs a table of examples against its rules. The capability knows what
 * its facts and outcomes are; {@link RuleSets} runs the check before any new version of
 * the rules goes live, so that a rule set that breaks one of the business's examples is
 * refused as a decision table would be.
 */
public interface RuleSetExamples {

	/** The capability whose rules these examples are for, e.g. {@code quota}. */
	String capability();

	/**
	 * The name of the rule set the examples describe, e.g. {@code quota-allocation} for
	 * {@code rules/quota/quota-allocation.examples.csv}.
	 */
	String ruleSet();

	/**
	 * Runs every example against candidate rules.
	 * @param candidate the rules to check, not yet in use
	 * @param table the examples
	 * @return the broken examples, empty when the rules agree with each
	 */
	List<BrokenExample> check(RuleSet candidate, ExampleTable table);

}
