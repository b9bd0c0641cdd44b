package com.osb.salesops.credit.api;

import java.util.List;

import com.osb.salesops.credit.CreditDecisions;
import com.osb.salesops.credit.model.CreditEvaluation;
import com.osb.salesops.credit.model.CreditInputs;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.InvalidRequestException;
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
	CreditEvaluation evaluate(@Valid @RequestBody CreditEvaluationRequest body) {
		CreditInputs inputs = body.inputs();
		CreditEvaluation evaluation = this.decisions.evaluate(inputs);
		if (evaluation.adjustmentRefused()) {
			throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY, "The manual adjustment is refused",
					List.of(new FieldError("manualAdjustment", evaluation.refusalReason())));
		}
		return evaluation;
	}

}
