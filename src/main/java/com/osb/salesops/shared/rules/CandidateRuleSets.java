package com.osb.salesops.shared.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * A changed DRL file compiled beside the rules in use, for a preview: the file replaces
 * the one of the same name in its capability's rule set (or, sent without a name, the one
 * that holds the same rules), the other files stay as they are live, and nothing is
 * swapped in.
 */
@Component
public class CandidateRuleSets {

	private static final Pattern PACKAGE = Pattern
		.compile("(?m)^\\s*package\\s+com\\.osb\\.salesops\\.([a-z0-9]+)\\.rules\\s*;?\\s*$");

	private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

	private final RuleSets ruleSets;

	public CandidateRuleSets(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	/** Whether the text reads as a DRL file rather than another model. */
	public static boolean isDrl(String text) {
		return PACKAGE.matcher(text).find() || RULE.matcher(text).find();
	}

	/**
	 * Compiles the changed file with the other live files of its capability.
	 * @param fileName the file's name as sent (any folder is ignored), or {@code null}
	 * @param drl the changed file
	 * @throws RuleSetException when the package names no capability or the rules do not
	 * compile
	 * @throws RulesRefusedException when the file says more than rules over the facts its
	 * capability's rules use (see {@link RuleTextCheck}): it is neither compiled nor run
	 */
	public Candidate compile(String fileName, String drl) {
		Matcher capability = PACKAGE.matcher(drl);
		if (!capability.find()) {
			throw new RuleSetException(
					"the file declares no package com.osb.salesops.<capability>.rules, so it belongs to no rule set");
		}
		String name = capability.group(1);
		RuleSet live = this.ruleSets.get(name);
		Map<String, String> sources = new TreeMap<>(this.ruleSets.sources(name));
		List<String> problems = RuleTextCheck.forRulesInUse(sources.values()).problems(drl);
		if (!problems.isEmpty()) {
			throw new RulesRefusedException(problems);
		}
		String replaced = replaced(sources, fileName, drl);
		sources.put(replaced, drl);
		return new Candidate(name, replaced, live, RuleSet.compile(name, sources));
	}

	private static String replaced(Map<String, String> sources, String fileName, String drl) {
		if (fileName != null && !fileName.isBlank()) {
			String base = fileName.replace('\\', '/');
			return base.substring(base.lastIndexOf('/') + 1);
		}
		Set<String> rules = rules(drl);
		String best = null;
		int shared = 0;
		for (Map.Entry<String, String> source : sources.entrySet()) {
			Set<String> common = rules(source.getValue());
			common.retainAll(rules);
			if (common.size() > shared) {
				best = source.getKey();
				shared = common.size();
			}
		}
		return (best != null) ? best : "changed.drl";
	}

	private static Set<String> rules(String drl) {
		Set<String> names = new LinkedHashSet<>();
		Matcher rule = RULE.matcher(drl);
		while (rule.find()) {
			names.add(rule.group(1));
		}
		return names;
	}

	/**
	 * @param capability the capability whose rules changed, e.g. {@code incentive}
	 * @param file the file the change replaces, or adds
	 * @param live the rules in use
	 * @param changed the rules with the change
	 */
	public record Candidate(String capability, String file, RuleSet live, RuleSet changed) {
	}

}
