package com.osb.salesops.shared.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What checking one rule against its table of examples found. A rule is deployed only
 * when every check of the deployment passed; the report says in an analyst's words which
 * examples broke and how.
 *
 * @param rule what was checked, e.g. {@code decision 'credit-limit'} or
 * {@code rule set 'quota-allocation'}
 * @param file the model file the rule came from
 * @param examples the table of examples used, or where it was looked for
 * @param total how many examples the table holds
 * @param broken every difference and problem found, empty when the rule agrees
 */
public record ExampleCheck(String rule, String file, String examples, int total, List<BrokenExample> broken) {

	public ExampleCheck {
		broken = List.copyOf(broken);
	}

	public boolean passed() {
		return this.broken.isEmpty();
	}

	/**
	 * How many examples the rule breaks; the rows of one example share its description.
	 */
	public long brokenExamples() {
		return this.broken.stream().filter((b) -> b.line() > 0).map(BrokenExample::example).distinct().count();
	}

	/**
	 * The outcome in words: a first line naming the file, the rule and the table, then
	 * one line per broken example with each differing output.
	 */
	public String report() {
		if (passed()) {
			return this.file + ": " + this.rule + " agrees with all " + this.total + " examples in " + this.examples;
		}
		String head = (this.total > 0)
				? this.file + ": " + this.rule + " disagrees with " + brokenExamples() + " of " + this.total
						+ " examples in " + this.examples + ":"
				: this.file + ": " + this.rule + " cannot be checked against " + this.examples + ":";
		Map<String, List<String>> byExample = new LinkedHashMap<>();
		for (BrokenExample broken : this.broken) {
			String example = (broken.example() == null) ? ""
					: broken.example() + ((broken.line() > 0) ? " (line " + broken.line() + ")" : "") + ": ";
			byExample.computeIfAbsent(example, (key) -> new ArrayList<>()).add(broken.difference());
		}
		StringBuilder report = new StringBuilder(head);
		byExample.forEach(
				(example, differences) -> report.append("\n- ").append(example).append(String.join("; ", differences)));
		return report.toString();
	}

	/** The reports of the checks that failed, one paragraph each. */
	public static String reports(List<ExampleCheck> checks) {
		return String.join("\n", checks.stream().filter((check) -> !check.passed()).map(ExampleCheck::report).toList());
	}

}
