package com.osb.salesops.approvals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One task handed to a colleague.
 *
 * @param delegate the colleague, of the same or a higher role
 * @param reason why, for the audit
 */
public record DelegationRequest(
		@NotBlank(message = "{salesops.required}") @Size(max = 64, message = "{salesops.length}") String delegate,
		@NotBlank(message = "{salesops.required}") @Size(max = 500, message = "{salesops.length}") String reason) {
}
