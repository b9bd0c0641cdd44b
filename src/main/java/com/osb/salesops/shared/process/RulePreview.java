package com.osb.salesops.shared.process;

/**
 * What a changed decision would do before it is deployed, offered by the capability that
 * owns the decision: it evaluates the change side by side with the version in use over
 * its own data, and writes nothing.
 */
public interface RulePreview {

	/** The decision whose changes this previews, e.g. {@code credit-limit}. */
	String decisionKey();

	/** Compares the changed model's decision with the version in use. */
	Result preview(CandidateDecisions candidate);

	/**
	 * A preview, for a program and for a spreadsheet.
	 *
	 * @param body the differences as JSON, with a summary first
	 * @param csv the same, one row per line compared, the summary as a first comment line
	 */
	record Result(Object body, String csv) {
	}

}
