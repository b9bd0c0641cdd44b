package com.osb.salesops.shared.rules;

import java.util.List;

/**
 * A rule that fired, and the facts it fired on.
 *
 * @param rule the rule's name as written in the DRL
 * @param facts the facts the rule matched
 */
public record FiredRule(String rule, List<Object> facts) {
}
