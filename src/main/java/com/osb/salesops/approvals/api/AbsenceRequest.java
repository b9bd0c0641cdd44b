package com.osb.salesops.approvals.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.PlausibleDate;
import com.osb.salesops.shared.web.RequestRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An absence: who is away (the caller when left out), from and to which business day
 * (both included), and who stands in meanwhile.
 *
 * @param userId the absent person, when a manager records it for them
 * @param from the first day away
 * @param to the last day away
 * @param substitute the user offered the absent person's tasks meanwhile
 * @param reason why, for the audit
 */
public record AbsenceRequest(@Size(max = 64, message = "{salesops.length}") String userId,
		@NotNull(message = "{salesops.required}") @PlausibleDate LocalDate from,
		@NotNull(message = "{salesops.required}") @PlausibleDate LocalDate to,
		@NotBlank(message = "{salesops.required}") @Size(max = 64, message = "{salesops.length}") String substitute,
		@Size(max = 500, message = "{salesops.length}") String reason) implements RequestRules {

	@Override
	public List<FieldError> broken() {
		List<FieldError> broken = new ArrayList<>();
		if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
			broken.add(FieldError.of("to", "not-before-from", "must not be before from ({0})", this.from));
		}
		return broken;
	}

}
