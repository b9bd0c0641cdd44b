package com.osb.salesops.credit.api;

import com.osb.salesops.credit.GrowthPotentials;
import com.osb.salesops.credit.model.GrowthPotential;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
	@AllowedRoles(Roles.SALES_MANAGER)
	GrowthPotentials.Change change(@PathVariable String code, @Valid @RequestBody Request body) {
		return this.growthPotentials.change(code, body.growthPotential(), body.reason(), this.currentUser.id());
	}

	/**
	 * A change of growth potential.
	 *
	 * @param growthPotential HIGH, MEDIUM or LOW
	 * @param reason why, for the audit
	 */
	record Request(@NotNull(message = "{salesops.required}") GrowthPotential growthPotential,
			@NotBlank(message = "{salesops.required}") @Size(max = 1000, message = "{salesops.length}") String reason) {
	}

}
