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
import com.osb.salesops.shared.web.Messages;

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

	private volatile DefaultPlan defaultPlan;

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

	/**
	 * Sets the payout rate and the carry-forward of a payout whose plan is complete;
	 * names the rules that fired.
	 */
	List<String> decide(Payout payout) {
		return names(this.rules.get().run(List.of(payout)));
	}

	/**
	 * The version of the rules in use, in words, which each statement records with its
	 * figures: {@code rules/incentive version 1a2b3c4d5e6f}.
	 */
	String version() {
		return this.rules.get().label();
	}

	/** Fills in the figures a plan leaves to the defaults; names the rules that fired. */
	List<String> complete(PayoutPlan plan) {
		return names(this.rules.get().run(List.of(plan)));
	}

	/**
	 * The plan's figures as the rules set them by default, completed once per compiled
	 * rule set (and again after a rule change) rather than on every statement.
	 */
	PayoutPlan defaultPlan() {
		RuleSet ruleSet = this.rules.get();
		DefaultPlan known = this.defaultPlan;
		if (known == null || known.ruleSet() != ruleSet) {
			PayoutPlan plan = PayoutPlan.defaults();
			ruleSet.runQuietly(List.of(plan));
			if (!plan.isComplete()) {
				throw new IllegalStateException(Messages.incident("no-default-plan-rule",
						"No rule in rules/incentive sets the figures of the default plan"));
			}
			known = new DefaultPlan(ruleSet, plan);
			this.defaultPlan = known;
		}
		return known.plan();
	}

	private record DefaultPlan(RuleSet ruleSet, PayoutPlan plan) {
	}

	private static List<String> names(List<FiredRule> fired) {
		List<String> names = new ArrayList<>(fired.size());
		fired.forEach((rule) -> names.add(rule.rule()));
		return names;
	}

}
