package com.osb.salesops.masterdata.api;

import java.time.LocalDate;

import com.osb.salesops.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person leaving: who takes over their customers, teams and tasks, from which day, and
 * why.
 *
 * @param successor the rep id of the successor rep, or the user id of the successor
 * manager
 */
record DepartureBody(@NotBlank @Size(max = 64) String successor, @NotNull @PlausibleDate LocalDate effectiveFrom,
		@NotBlank @Size(max = 1000) String reason) {
}
