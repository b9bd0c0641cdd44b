package com.osb.salesops.credit.model;

/**
 * A rule that took part in a credit decision.
 *
 * @param decision the decision key
 * @param version the version of the decision that decided, so that the decisions of an
 * older table can be told apart; 0 for a change previewed before deployment
 * @param rule the rule's id in the model
 * @param description the rule as the analyst described it
 */
public record RuleFired(String decision, int version, String rule, String description) {
}
