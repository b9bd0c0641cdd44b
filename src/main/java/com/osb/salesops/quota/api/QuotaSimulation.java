package com.osb.salesops.quota.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

import com.osb.salesops.quota.model.QuotaPlan;
import com.osb.salesops.quota.model.QuotaRequest;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.web.Messages;

/**
 * The answer of a quota simulation (POLICY section 7): the scale factor and every rep's
 * quota, with the rules that decided them.
 *
 * @param target the company target
 * @param alpha the alpha that applied
 * @param alphaOverridden whether the request's alpha overrode the rules' default
 * @param note why the alpha is what it is, when the request gave one
 * @param mu the common scale factor, to 16 significant digits
 * @param rulesFired the rules that decided the plan's terms
 * @param reps every rep, in the request's order
 */
record QuotaSimulation(long target, BigDecimal alpha, boolean alphaOverridden, String note, BigDecimal mu,
		List<String> rulesFired, List<RepSimulation> reps) {

	static QuotaSimulation of(QuotaPlan plan, QuotaRequest request) {
		boolean overridden = plan.terms().alphaRequested();
		String note = null;
		if (overridden) {
			note = Messages.text("quota.alpha-overridden",
					"alpha {0} from the request overrides the rules'' default for this simulation",
					request.alpha().toPlainString());
		}
		else if (request.alpha() != null) {
			note = Messages.text("quota.alpha-not-applied",
					"alpha from the request does not apply: no rep sold last year, so the weights follow potential");
		}
		return new QuotaSimulation(plan.target(), plan.terms().alpha(), overridden, note,
				plan.mu().round(MathContext.DECIMAL64), RuleTexts.forReader(plan.terms().rulesFired()),
				plan.reps().stream().map(RepSimulation::of).toList());
	}

	static BigDecimal cents(BigDecimal value) {
		return (value != null) ? value.setScale(2, RoundingMode.HALF_EVEN) : null;
	}

}
