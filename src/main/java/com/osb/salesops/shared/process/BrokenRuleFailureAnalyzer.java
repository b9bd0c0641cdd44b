package com.osb.salesops.shared.process;

import com.osb.salesops.shared.rules.RuleSetException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Says in one paragraph which rule file stopped the start and which of its examples it
 * breaks, instead of a stack trace.
 */
class BrokenRuleFailureAnalyzer implements FailureAnalyzer {

	private static final String ACTION = "Correct the rule, or its table of examples if the policy changed, in the model"
			+ " folder (rules/), then start again. The previous version of the rule stays deployed until then.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RuleExamplesException refusal) {
				return new FailureAnalysis("A rule was not deployed:\n" + refusal.getMessage(), ACTION, refusal);
			}
			if (cause instanceof RuleSetException refusal) {
				return new FailureAnalysis("A rule set was not loaded:\n" + refusal.getMessage(), ACTION, refusal);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
