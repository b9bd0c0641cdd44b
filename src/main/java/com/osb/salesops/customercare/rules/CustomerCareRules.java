package com.osb.salesops.customercare.rules;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.osb.salesops.shared.rules.FiredRule;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.web.Messages;

/**
 * The customer care rules of {@code rules/customercare}: the compliance duties of each
 * customer and the terms of a callback after delivery, each with the rules that decided
 * them.
 */
public final class CustomerCareRules {

	private final Supplier<RuleSet> ruleSet;

	/**
	 * @param ruleSet the current rule set, asked for on every call so that a reloaded DRL
	 * applies at once
	 */
	public CustomerCareRules(Supplier<RuleSet> ruleSet) {
		this.ruleSet = ruleSet;
	}

	/**
	 * The duties each customer does not meet, in the order of the customers; each finding
	 * names the rule that found it.
	 */
	public List<List<RuledFinding>> compliance(List<CustomerComplianceFact> customers) {
		Map<Object, List<String>> fired = byFact(this.ruleSet.get().run(customers));
		List<List<RuledFinding>> result = new ArrayList<>(customers.size());
		for (CustomerComplianceFact customer : customers) {
			List<String> rules = fired.getOrDefault(customer, List.of());
			List<CustomerComplianceFact.Finding> findings = customer.findings();
			List<RuledFinding> ruled = new ArrayList<>(findings.size());
			for (int i = 0; i < findings.size(); i++) {
				ruled.add(new RuledFinding(findings.get(i).duty(), (i < rules.size()) ? rules.get(i) : "",
						findings.get(i).explanation()));
			}
			result.add(ruled);
		}
		return result;
	}

	/** The version of the rules now live, which every summary of their findings names. */
	public String version() {
		return this.ruleSet.get().version();
	}

	/** When to call, whether to follow up and whether to give up, with the rules. */
	public CallbackTerms callback(Integer deliveryScore, Integer productScore, Integer serviceScore,
			int failedAttempts) {
		DeliveryCallbackFact fact = new DeliveryCallbackFact(deliveryScore, productScore, serviceScore, failedAttempts);
		List<String> rules = this.ruleSet.get().run(List.of(fact)).stream().map(FiredRule::rule).toList();
		if (fact.getCallbackAfterBusinessDays() <= 0 || fact.getRetryAfterBusinessDays() <= 0) {
			throw new IllegalStateException(
					Messages.incident("no-callback-rule", "No callback rule decided when to call the customer"));
		}
		return new CallbackTerms(fact.getCallbackAfterBusinessDays(), fact.getRetryAfterBusinessDays(),
				fact.isFollowUp(), fact.isUnreachable(), rules);
	}

	private static Map<Object, List<String>> byFact(List<FiredRule> fired) {
		Map<Object, List<String>> byFact = new IdentityHashMap<>();
		for (FiredRule rule : fired) {
			for (Object fact : rule.facts()) {
				byFact.computeIfAbsent(fact, (key) -> new ArrayList<>()).add(rule.rule());
			}
		}
		return byFact;
	}

	/**
	 * A duty not met and the rule that found it.
	 *
	 * @param duty a field of the file, {@code visit} or {@code logistics}
	 * @param rule the rule's name
	 * @param explanation the finding in words, with the inputs it was found on
	 */
	public record RuledFinding(String duty, String rule, String explanation) {
	}

	/**
	 * @param callbackAfterBusinessDays business days from delivery to the call
	 * @param retryAfterBusinessDays business days from a failed attempt to the next
	 * @param followUp whether the sales manager follows up
	 * @param unreachable whether the callback closes as unreachable
	 * @param rulesFired the rules that decided, in firing order
	 */
	public record CallbackTerms(int callbackAfterBusinessDays, int retryAfterBusinessDays, boolean followUp,
			boolean unreachable, List<String> rulesFired) {
	}

}
