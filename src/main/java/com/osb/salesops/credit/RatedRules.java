package com.osb.salesops.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.osb.salesops.credit.model.RuleFired;

/**
 * The rules that rated a customer as a rating records them, one a line: the table, its
 * version, the rule's id and its sentence ({@code credit-grade v1 Rule_GradeB (B: pays
 * within 15 days on average)}); and as a person reads them, the sentences alone.
 */
public final class RatedRules {

	/** A line of the record. */
	private static final Pattern LINE = Pattern.compile("^\\S+ v\\d+ \\S+ \\((.*)\\)$");

	private RatedRules() {
	}

	public static String record(List<RuleFired> fired) {
		return fired.stream()
			.map((rule) -> rule.decision() + " v" + rule.version() + " " + rule.rule() + " (" + rule.description()
					+ ")")
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The sentences of the rules a rating records, one a line; a record of another shape
	 * (an older rating's) as it is.
	 */
	public static String sentences(String recorded) {
		if (recorded == null) {
			return null;
		}
		List<String> sentences = new ArrayList<>();
		for (String line : recorded.split("\n")) {
			Matcher rule = LINE.matcher(line);
			if (!rule.matches()) {
				return recorded;
			}
			sentences.add(rule.group(1));
		}
		return String.join("\n", sentences);
	}

}
