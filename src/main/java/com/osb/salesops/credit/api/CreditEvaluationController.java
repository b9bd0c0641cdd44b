package com.osb.salesops.credit.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.osb.salesops.credit.CreditDecisions;
import com.osb.salesops.credit.model.CreditEvaluation;
import com.osb.salesops.credit.model.CreditInputs;
import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.credit.model.RuleFired;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.Messages;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The credit what-if calculator: the production rules on the inputs an analyst types in,
 * with no side effect, explaining which rules fired.
 */
@RestController
class CreditEvaluationController {

	private final CreditDecisions decisions;

	CreditEvaluationController(CreditDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/api/credit/evaluations")
	@AllowedRoles({ Roles.SALES_OPS, Roles.FINANCE, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER })
	Answer evaluate(@Valid @RequestBody CreditEvaluationRequest body) {
		CreditInputs inputs = body.inputs();
		CreditEvaluation evaluation = inReadersLanguage(this.decisions.evaluate(inputs));
		if (evaluation.adjustmentRefused()) {
			throw InvalidRequestException
				.of(HttpStatus.UNPROCESSABLE_ENTITY, "adjustment-refused", "The manual adjustment is refused", List
					.of(new FieldError("manualAdjustment", evaluation.refusalReason(), "adjustment-outside-policy")));
		}
		return new Answer(evaluation, List.of(growthPotential(inputs.growthPotential(), evaluation)));
	}

	/** The evaluation with the rules that fired described in the reader's language. */
	private static CreditEvaluation inReadersLanguage(CreditEvaluation evaluation) {
		return new CreditEvaluation(evaluation.grade(), evaluation.monthsOfCover(), evaluation.growthFactor(),
				evaluation.formulaLimit(), evaluation.creditLimit(), evaluation.paymentTerms(),
				evaluation.adjustmentApprover(),
				evaluation.rulesFired()
					.stream()
					.map((rule) -> new RuleFired(rule.decision(), rule.version(), rule.rule(),
							RuleTexts.forReader(rule.description())))
					.toList());
	}

	/**
	 * What the growth potential did, and where it comes from for a real customer: the
	 * account's sales manager sets it, and a change counts from the next evaluation.
	 */
	static String growthPotential(GrowthPotential growthPotential, CreditEvaluation evaluation) {
		return Messages.text("credit.growth-potential-explained",
				"growthPotential {0} gives a growth factor of {1} in the formula limit. For a customer it is set by"
						+ " the account''s sales manager (PUT /api/credit/customers/'{code}'/growth-potential); a change"
						+ " is audited and counts from the customer''s next evaluation, the quarterly refresh at the"
						+ " latest, not the limit in force.",
				growthPotential, evaluation.growthFactor().stripTrailingZeros().toPlainString());
	}

	/**
	 * The evaluation with what explains it.
	 *
	 * @param evaluation the figures and the rules that fired
	 * @param explanations how inputs that come from people, not the ledger, are set
	 */
	record Answer(@JsonUnwrapped CreditEvaluation evaluation, List<String> explanations) {
	}

}
