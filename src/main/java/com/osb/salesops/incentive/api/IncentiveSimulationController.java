package com.osb.salesops.incentive.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.osb.salesops.incentive.PayoutCalculator;
import com.osb.salesops.incentive.model.PayoutSimulation;
import com.osb.salesops.incentive.model.RepFigures;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.RequestFields;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payout what-if (POLICY section 7): the production incentive rules on typed-in
 * figures, with no side effect, naming the rules that fired. Reps may use it too, to see
 * what a deal would pay.
 */
@RestController
class IncentiveSimulationController {

	static final List<String> ROLES = List.of(Roles.SALES_OPS, Roles.FINANCE, Roles.HR, Roles.SALES_MANAGER,
			Roles.SALES_DIRECTOR, Roles.GENERAL_MANAGER, Roles.SALES_REP);

	private final PayoutCalculator calculator;

	private final CurrentUser currentUser;

	IncentiveSimulationController(PayoutCalculator calculator, CurrentUser currentUser) {
		this.calculator = calculator;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/incentive/simulations")
	PayoutSimulation simulate(@RequestBody(required = false) Map<String, Object> body) {
		this.currentUser.requireAnyRole(ROLES);
		RequestFields fields = new RequestFields(body);
		RepFigures figures = figures(fields, null);
		fields.throwIfInvalid();
		return this.calculator.simulate(figures.quota(), figures.targetIncentive(), figures.credited(),
				figures.newCustomers());
	}

	/**
	 * Reads {@code quota}, {@code targetIncentive}, {@code credited} and
	 * {@code newCustomers}, reporting every bad one; null fields stand for the bad ones.
	 */
	static RepFigures figures(RequestFields fields, String id) {
		BigDecimal quota = fields.decimal("quota", null);
		if (quota != null && quota.signum() <= 0) {
			fields.addError("quota", "must be more than 0");
		}
		BigDecimal targetIncentive = fields.decimal("targetIncentive", BigDecimal.ZERO);
		BigDecimal credited = fields.decimal("credited", null);
		Integer newCustomers = fields.wholeNumber("newCustomers", 0);
		return new RepFigures(id, quota, targetIncentive, credited, (newCustomers != null) ? newCustomers : 0);
	}

}
