package com.osb.salesops.shared.rules;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.web.Messages;

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
		return report(false);
	}

	/** The outcome in words in the reader's language, for the answer to a deployment. */
	public String reportForReader() {
		return report(true);
	}

	private String report(boolean reader) {
		String rule = this.rule.startsWith("rule set '")
				? say(reader, "examples.rule-set", "rule set ''{0}''", key(this.rule))
				: this.rule.startsWith("decision '")
						? say(reader, "examples.decision", "decision ''{0}''", key(this.rule)) : this.rule;
		if (passed()) {
			return say(reader, "examples.agree", "{0}: {1} agrees with all {2} examples in {3}", this.file, rule,
					String.valueOf(this.total), this.examples);
		}
		String head = (this.total > 0)
				? say(reader, "examples.disagree", "{0}: {1} disagrees with {2} of {3} examples in {4}:", this.file,
						rule, String.valueOf(brokenExamples()), String.valueOf(this.total), this.examples)
				: say(reader, "examples.unchecked", "{0}: {1} cannot be checked against {2}:", this.file, rule,
						this.examples);
		Map<String, List<String>> byExample = new LinkedHashMap<>();
		for (BrokenExample broken : this.broken) {
			String example = (broken.example() == null) ? ""
					: say(reader, "examples.example", "{0}{1}: ", broken.example(), (broken.line() > 0)
							? say(reader, "examples.line", " (line {0})", String.valueOf(broken.line())) : "");
			String difference = (broken.field() != null) ? say(reader, "examples.differs", "{0} expected {1}, was {2}",
					broken.field(), broken.expected(), broken.actual()) : broken.problem();
			byExample.computeIfAbsent(example, (key) -> new ArrayList<>()).add(difference);
		}
		StringBuilder report = new StringBuilder(head);
		String separator = say(reader, "examples.separator", "; ");
		byExample.forEach((example,
				differences) -> report.append("\n- ").append(example).append(String.join(separator, differences)));
		return report.toString();
	}

	/**
	 * The reports of the checks that failed, one paragraph each, in the reader's
	 * language.
	 */
	public static String reportsForReader(List<ExampleCheck> checks) {
		return String.join("\n",
				checks.stream().filter((check) -> !check.passed()).map(ExampleCheck::reportForReader).toList());
	}

	private static String say(boolean reader, String code, String english, Object... args) {
		if (reader) {
			return Messages.text(code, english, args);
		}
		return (args.length == 0) ? english : MessageFormat.format(english, args);
	}

	/** The decision key or rule set name in {@code decision 'credit-limit'}. */
	public static String key(String rule) {
		int first = rule.indexOf('\'');
		int last = rule.lastIndexOf('\'');
		return (first >= 0 && last > first) ? rule.substring(first + 1, last) : rule;
	}

	/** The reports of the checks that failed, one paragraph each. */
	public static String reports(List<ExampleCheck> checks) {
		return String.join("\n", checks.stream().filter((check) -> !check.passed()).map(ExampleCheck::report).toList());
	}

}
