package com.osb.salesops.incentive.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.osb.salesops.incentive.PlanComparisons;
import com.osb.salesops.incentive.model.PayoutPlan;
import com.osb.salesops.incentive.model.PlanComparison;
import com.osb.salesops.incentive.model.RepFigures;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.RequestFields;

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

	static final List<String> ROLES = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.HR, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER);

	private final PlanComparisons comparisons;

	private final CurrentUser currentUser;

	PlanComparisonController(PlanComparisons comparisons, CurrentUser currentUser) {
		this.comparisons = comparisons;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/incentive/plan-comparisons")
	PlanComparison compare(@RequestBody(required = false) Map<String, Object> body) {
		this.currentUser.requireAnyRole(ROLES);
		RequestFields fields = new RequestFields(body);
		if (body != null && body.get("plan") != null && !(body.get("plan") instanceof Map<?, ?>)) {
			fields.addError("plan", "must be an object of the figures to change");
		}
		PayoutPlan plan = plan(fields.nested(object(body, "plan"), "plan"));
		List<RepFigures> reps = reps(fields, (body != null) ? body.get("reps") : null);
		fields.throwIfInvalid();
		this.comparisons.problems(plan).forEach((problem) -> fields.addError("plan", problem));
		fields.throwIfInvalid();
		return this.comparisons.compare(reps, plan);
	}

	private static PayoutPlan plan(RequestFields fields) {
		return PayoutPlan.withOverrides(figure(fields, "threshold"), figure(fields, "target"),
				figure(fields, "acceleratedUpTo"), figure(fields, "accelerator"), figure(fields, "slopeAbove"),
				figure(fields, "cap"));
	}

	private static BigDecimal figure(RequestFields fields, String field) {
		BigDecimal value = fields.optionalDecimal(field, null);
		if (value != null && value.signum() < 0) {
			fields.addError(field, "must be 0 or more");
		}
		return value;
	}

	private static List<RepFigures> reps(RequestFields fields, Object value) {
		if (!(value instanceof List<?> list) || list.isEmpty()) {
			fields.addError("reps", "must be a list of at least one rep");
			return List.of();
		}
		List<RepFigures> reps = new ArrayList<>(list.size());
		for (int index = 0; index < list.size(); index++) {
			Map<String, Object> rep = (list.get(index) instanceof Map<?, ?>) ? asObject(list.get(index)) : Map.of();
			RequestFields repFields = fields.nested(rep, "reps[" + index + "]");
			String id = repFields.text("id");
			reps.add(IncentiveSimulationController.figures(repFields, id));
		}
		return reps;
	}

	private static Map<String, Object> object(Map<String, Object> body, String field) {
		Object value = (body != null) ? body.get(field) : null;
		return (value instanceof Map<?, ?>) ? asObject(value) : Map.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asObject(Object value) {
		return (Map<String, Object>) value;
	}

}
