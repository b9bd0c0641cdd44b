package com.osb.salesops.shared.rules;

/**
 * One way a rule disagrees with the business's table of examples: an output that differs
 * from what the example expects, or an example (or a whole rule) that cannot be checked.
 *
 * @param example the example's description, or {@code null} when the problem is the
 * rule's
 * @param line the example's line in its table, 0 when the problem is the rule's
 * @param field the output that differs, {@code null} when no output could be compared
 * @param expected what the example expects
 * @param actual what the rule answered
 * @param problem why no output could be compared, {@code null} when one differs
 */
public record BrokenExample(String example, int line, String field, String expected, String actual, String problem) {

	/** An output that differs from what the example expects. */
	public static BrokenExample differs(String example, int line, String field, String expected, String actual) {
		return new BrokenExample(example, line, field, expected, actual, null);
	}

	/** An example that cannot be compared, or a rule that cannot be checked at all. */
	public static BrokenExample problem(String example, int line, String problem) {
		return new BrokenExample(example, line, null, null, null, problem);
	}

	/** The difference in words, e.g. {@code monthsOfCover expected 2.0, was 3.0}. */
	String difference() {
		return (this.field != null) ? this.field + " expected " + this.expected + ", was " + this.actual : this.problem;
	}

}
