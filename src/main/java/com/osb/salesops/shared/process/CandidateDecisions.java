package com.osb.salesops.shared.process;

import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The decisions of a model that is not deployed, for comparing a change with the version
 * in use before it goes live. A decision the model does not hold is the deployed one, so
 * a changed {@code credit-limit} still finds {@code credit-adjustment-approver}.
 */
public final class CandidateDecisions {

	private final Set<String> keys;

	private final BiFunction<String, Map<String, Object>, DecisionOutcome> evaluate;

	CandidateDecisions(Set<String> keys, BiFunction<String, Map<String, Object>, DecisionOutcome> evaluate) {
		this.keys = Set.copyOf(keys);
		this.evaluate = evaluate;
	}

	/** The keys of the decisions the model holds. */
	public Set<String> keys() {
		return this.keys;
	}

	/** Evaluates the model's decision with the key, or the deployed one. */
	public DecisionOutcome evaluate(String decisionKey, Map<String, Object> variables) {
		return this.evaluate.apply(decisionKey, variables);
	}

}
