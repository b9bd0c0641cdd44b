package com.osb.salesops.shared.process;

import com.osb.salesops.shared.rules.CandidateRuleSets.Candidate;

/**
 * What a changed DRL rule set would do before it goes live, offered by the capability
 * that owns the rules, as {@link RulePreview} does for decision tables: it runs the
 * changed rules beside those in use over its own data, and writes nothing.
 */
public interface RuleSetPreview {

	/** The capability whose rules this previews, e.g. {@code incentive}. */
	String capability();

	/**
	 * Compares the changed rules with those in use.
	 * @param period the period to compare over, as the caller named it
	 * ({@code ?period=}), or {@code null} for the capability's default
	 */
	RulePreview.Result preview(Candidate candidate, String period);

}
