package com.osb.salesops.incentive.api;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.PlanComparisons;
import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.incentive.model.PlanComparison;
import com.osb.salesops.incentive.model.RepFigures;
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
 * The plan what-if: reps' figures from the body through the current rules and through a
 * plan with some figures changed ({@code plan}: {@code threshold}, {@code target},
 * {@code acceleratedUpTo}, {@code accelerator}, {@code slopeAbove}, {@code cap}),
 * compared rep by rep and in total. No side effect.
 */
@RestController
class PlanComparisonController {

	private final PlanComparisons comparisons;

	PlanComparisonController(PlanComparisons comparisons) {
		this.comparisons = comparisons;
	}

	@PostMapping("/api/incentive/plan-comparisons")
	@AllowedRoles({ Roles.SALES_OPS, Roles.FINANCE, Roles.HR, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER })
	PlanComparison compare(@Valid @RequestBody PlanComparisonRequest body) {
		List<FieldError> problems = new ArrayList<>();
		PayoutPlan plan = body.payoutPlan();
		problems.addAll(this.comparisons.problems(plan));
		if (!problems.isEmpty()) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-fields",
					"The request has {0} invalid field(s)", problems, problems.size());
		}
		List<RepFigures> reps = body.reps().stream().map(RepFiguresRequest::figures).toList();
		return this.comparisons.compare(reps, plan);
	}

}
