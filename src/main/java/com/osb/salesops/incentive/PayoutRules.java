package com.osb.salesops.incentive;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.osb.salesops.incentive.model.CreditedTransaction;
import com.osb.salesops.incentive.model.Payout;
import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.shared.rules.FiredRule;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The incentive rules ({@code rules/incentive/*.drl}) in two small stateless runs per
 * rep: one classifies the rep's documents, the other applies the curve to the sum.
 * Summing in between, rather than in the rules, keeps the per-document work to one rule
 * firing.
 */
@Component
public class PayoutRules {

	static final String CAPABILITY = "incentive";

	private final Supplier<RuleSet> rules;

	@Autowired
	PayoutRules(RuleSets ruleSets) {
		this(() -> ruleSets.get(CAPABILITY));
	}

	PayoutRules(Supplier<RuleSet> rules) {
		this.rules = rules;
	}

	/** Decides how each document counts; each records the rule that decided. */
	void classify(List<CreditedTransaction> transactions) {
		if (!transactions.isEmpty()) {
			this.rules.get().runQuietly(transactions);
		}
	}

	/** As {@link #classify}, and names every rule that fired, in firing order. */
	List<String> classifyExplained(List<CreditedTransaction> transactions) {
		return transactions.isEmpty() ? List.of() : names(this.rules.get().run(transactions));
	}

	/** Sets the payout rate and the carry-forward; names the rules that fired. */
	List<String> decide(Payout payout, PayoutPlan plan) {
		return names(this.rules.get().run(List.of(plan, payout)));
	}

	private static List<String> names(List<FiredRule> fired) {
		List<String> names = new ArrayList<>(fired.size());
		fired.forEach((rule) -> names.add(rule.rule()));
		return names;
	}

}
