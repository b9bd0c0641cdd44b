package com.osb.salesops.credit.api;

import java.util.List;
import java.util.Map;

import com.osb.salesops.credit.GrowthPotentials;
import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.RequestFields;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The account's sales manager sets a customer's growth potential, with a reason; it
 * counts from the customer's next evaluation.
 */
@RestController
class GrowthPotentialController {

	private final GrowthPotentials growthPotentials;

	private final CurrentUser currentUser;

	GrowthPotentialController(GrowthPotentials growthPotentials, CurrentUser currentUser) {
		this.growthPotentials = growthPotentials;
		this.currentUser = currentUser;
	}

	@PutMapping("/api/credit/customers/{code}/growth-potential")
	GrowthPotentials.Change change(@PathVariable String code, @RequestBody(required = false) Map<String, Object> body) {
		this.currentUser.requireAnyRole(List.of(Roles.SALES_MANAGER));
		RequestFields fields = new RequestFields(body);
		GrowthPotential value = fields.choice("growthPotential", GrowthPotential.class);
		String reason = fields.text("reason", 1000);
		fields.throwIfInvalid();
		return this.growthPotentials.change(code, value, reason, this.currentUser.id());
	}

}
