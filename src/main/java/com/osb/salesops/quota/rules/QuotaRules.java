package com.osb.salesops.quota.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.osb.salesops.quota.model.PlanTerms;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.quota.model.QuotaTerms;
import com.osb.salesops.quota.model.RepInput;
import com.osb.salesops.quota.model.RepTerms;
import com.osb.salesops.shared.rules.FiredRule;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.web.Messages;

/**
 * The quota rules of {@code rules/quota/quota-allocation.drl}: alpha, each rep's ramp
 * factor and fairness bounds, with the rules that decided them. The rules run once over
 * one fact per distinct rep profile (tenure, sold last year or not) in a stateless
 * session; the arithmetic over every rep stays in Java. A hundred thousand reps have a
 * few hundred profiles, so the rules cost the same for any organisation.
 */
public final class QuotaRules {

	private final Supplier<RuleSet> ruleSet;

	/**
	 * @param ruleSet the current quota rule set, asked for on every call so that a
	 * reloaded DRL applies at once
	 */
	public QuotaRules(Supplier<RuleSet> ruleSet) {
		this.ruleSet = ruleSet;
	}

	public QuotaTerms decide(QuotaRequest request) {
		List<RepInput> reps = request.reps();
		QuotaPlanFact plan = new QuotaPlanFact(reps.stream().anyMatch(RepInput::hasHistory), request.alpha());
		Map<Integer, RepProfileFact> profiles = new HashMap<>();
		List<RepProfileFact> profileOfRep = new ArrayList<>(reps.size());
		for (RepInput rep : reps) {
			int key = rep.tenureMonths() * 2 + (rep.hasHistory() ? 1 : 0);
			profileOfRep.add(profiles.computeIfAbsent(key,
					(ignored) -> new RepProfileFact(rep.tenureMonths(), rep.hasHistory())));
		}
		List<Object> facts = new ArrayList<>(profiles.values());
		facts.add(plan);
		Map<Object, List<String>> fired = byFact(this.ruleSet.get().run(facts));
		PlanTerms planTerms = planTerms(plan, fired);
		Map<RepProfileFact, RepTerms> termsOfProfile = new IdentityHashMap<>();
		List<RepTerms> repTerms = new ArrayList<>(reps.size());
		for (RepProfileFact profile : profileOfRep) {
			repTerms.add(termsOfProfile.computeIfAbsent(profile, (key) -> repTerms(key, planTerms, fired)));
		}
		return new QuotaTerms(planTerms, repTerms);
	}

	private static PlanTerms planTerms(QuotaPlanFact plan, Map<Object, List<String>> fired) {
		if (plan.getAlpha() == null) {
			throw new IllegalStateException(Messages.incident("no-quota-rule-alpha", "No quota rule decided alpha"));
		}
		return new PlanTerms(plan.getAlpha(), plan.isRequestedAlphaApplied(), fired.getOrDefault(plan, List.of()));
	}

	private static RepTerms repTerms(RepProfileFact profile, PlanTerms plan, Map<Object, List<String>> fired) {
		if (profile.getRampFactor() == null || profile.getFloorFactor() == null) {
			throw new IllegalStateException("No quota rule decided the terms of a rep with " + profile.getTenureMonths()
					+ " months of tenure" + (profile.isHistory() ? "" : " and no sales last year"));
		}
		List<String> rules = new ArrayList<>(plan.rulesFired());
		rules.addAll(fired.getOrDefault(profile, List.of()));
		return new RepTerms(profile.getRampFactor(), profile.getFloorFactor(), profile.getCapFactor(), rules);
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

}
