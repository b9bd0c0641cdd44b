package com.osb.salesops.masterdata.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.osb.salesops.shared.web.Money;
import com.osb.salesops.shared.web.PlausibleDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One line of the organisation file, entered on its own: a market, a region, a rep or a
 * manager created or changed, with the day from which a move (a rep to another region or
 * inactive, a unit's new manager) counts.
 */
record OrganisationChangeBody(
		@NotNull(message = "choose MARKET, REGION, REP or MANAGER") @Pattern(regexp = "MARKET|REGION|REP|MANAGER",
				message = "choose MARKET, REGION, REP or MANAGER") String type,
		@NotBlank @Size(max = 64) String id, @Size(max = 100) String name, @Size(max = 20) String parent,
		@Size(max = 64) String userId, @Size(max = 200) @Email String email, @PlausibleDate LocalDate hiredOn,
		@Money @PositiveOrZero BigDecimal targetIncentive, @Money @PositiveOrZero BigDecimal territoryPotential,
		Boolean active, @PlausibleDate LocalDate effectiveFrom) {

	/** The line as the columns of the file hold it. */
	Map<String, String> columns() {
		Map<String, String> columns = new HashMap<>();
		columns.put("type", this.type);
		columns.put("id", this.id);
		columns.put("name", this.name);
		columns.put("parent", this.parent);
		columns.put("userId", this.userId);
		columns.put("email", this.email);
		columns.put("hiredOn", (this.hiredOn != null) ? this.hiredOn.toString() : null);
		columns.put("targetIncentive", (this.targetIncentive != null) ? this.targetIncentive.toPlainString() : null);
		columns.put("territoryPotential",
				(this.territoryPotential != null) ? this.territoryPotential.toPlainString() : null);
		columns.put("active", (this.active != null) ? this.active.toString() : null);
		return columns;
	}

}
