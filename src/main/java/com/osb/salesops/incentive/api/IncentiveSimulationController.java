package com.osb.salesops.incentive.api;

import java.util.List;

import com.osb.salesops.incentive.PayoutCalculator;
import com.osb.salesops.incentive.model.PayoutSimulation;
import com.osb.salesops.incentive.model.RepFigures;
import com.osb.salesops.shared.language.RuleTexts;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.Roles;
import jakarta.validation.Valid;

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

	private final PayoutCalculator calculator;

	IncentiveSimulationController(PayoutCalculator calculator) {
		this.calculator = calculator;
	}

	@PostMapping("/api/incentive/simulations")
	@AllowedRoles({ Roles.SALES_OPS, Roles.FINANCE, Roles.HR, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.SALES_REP })
	PayoutSimulation simulate(@Valid @RequestBody RepFiguresRequest body) {
		RepFigures figures = body.figures();
		PayoutSimulation simulated = this.calculator.simulate(figures.quota(), figures.targetIncentive(),
				figures.credited(), figures.newCustomers());
		return new PayoutSimulation(simulated.attainment(), simulated.payoutRate(), simulated.spiffs(),
				simulated.payout(), simulated.carryForward(), RuleTexts.forReader(simulated.rulesFired()));
	}

}
