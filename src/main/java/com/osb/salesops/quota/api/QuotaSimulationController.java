package com.osb.salesops.quota.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.InfeasiblePlans;
import com.osb.salesops.quota.QuotaPlanner;
import com.osb.salesops.quota.model.Bound;
import com.osb.salesops.quota.model.InfeasiblePlanException;
import com.osb.salesops.quota.model.QuotaRequest;
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
 * The quota what-if calculator (POLICY section 7): the production quota rules and
 * allocation on an organisation typed in by sales ops, with no side effect. A plan the
 * fairness bounds cannot meet is answered 422 naming the bound that binds and each rep it
 * binds on.
 */
@RestController
class QuotaSimulationController {

	private final QuotaPlanner planner;

	QuotaSimulationController(QuotaPlanner planner) {
		this.planner = planner;
	}

	@PostMapping("/api/quota/simulations")
	@AllowedRoles({ Roles.SALES_OPS, Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.FINANCE })
	QuotaSimulation simulate(@Valid @RequestBody QuotaSimulationRequest body) {
		QuotaRequest request = body.request();
		try {
			return QuotaSimulation.of(this.planner.allocate(request), request);
		}
		catch (InfeasiblePlanException ex) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, InfeasiblePlans.code(ex),
					InfeasiblePlans.english(ex), errors(ex, request), InfeasiblePlans.args(ex));
		}
	}

	private static List<FieldError> errors(InfeasiblePlanException ex, QuotaRequest request) {
		List<FieldError> errors = new ArrayList<>();
		errors.add(FieldError.of("target", InfeasiblePlans.code(ex), InfeasiblePlans.english(ex),
				InfeasiblePlans.args(ex)));
		Map<String, Integer> indexOfId = new HashMap<>();
		for (int i = 0; i < request.reps().size(); i++) {
			indexOfId.put(request.reps().get(i).id(), i);
		}
		for (String id : ex.repIds()) {
			String field = "reps[" + indexOfId.get(id) + "].lastYearActual";
			errors.add((ex.binding() == Bound.FLOOR)
					? FieldError.of(field, "floor-binds",
							"its FLOOR bound binds: the floors sum to more than the target")
					: FieldError.of(field, "cap-binds", "its CAP bound binds: the caps sum to less than the target"));
		}
		return errors;
	}

}
