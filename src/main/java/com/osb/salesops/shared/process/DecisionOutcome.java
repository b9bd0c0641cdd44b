package com.osb.salesops.shared.process;

import java.util.List;
import java.util.Map;

/**
 * What a decision returned and which rules produced it.
 *
 * @param outputs the output values by name, of the single result
 * @param firedRules every rule that matched, in the decisions of the graph
 */
public record DecisionOutcome(Map<String, Object> outputs, List<FiredRule> firedRules) {

	/**
	 * @param decisionKey the decision the rule belongs to
	 * @param version the deployed version of the decision (as Cockpit numbers it), 0 for
	 * a model that is not deployed
	 * @param ruleId the rule's id in the model
	 * @param description the rule's annotation, as the analyst wrote it
	 */
	public record FiredRule(String decisionKey, int version, String ruleId, String description) {
	}

}
