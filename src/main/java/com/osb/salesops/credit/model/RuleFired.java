package com.osb.salesops.credit.model;

/**
 * A rule that took part in a credit decision.
 *
 * @param decision the decision key
 * @param rule the rule's id in the model
 * @param description the rule as the analyst described it
 */
public record RuleFired(String decision, String rule, String description) {
}
