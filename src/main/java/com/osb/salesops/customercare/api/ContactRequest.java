package com.osb.salesops.customercare.api;

import java.time.LocalDate;

import com.osb.salesops.customercare.ContactCommand;
import com.osb.salesops.customercare.model.ContactType;
import com.osb.salesops.shared.web.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A visit, call or meeting with a customer, as a client records it.
 *
 * @param contactDate when it was held, today or before
 * @param contactType VISIT, CALL or MEETING
 * @param contactsMet the people met or spoken to
 * @param notes what was said
 * @param nextStep what happens next
 * @param nextStepDate when, today or later; required with a next step
 * @param logisticsConfirmed whether the customer confirmed its delivery address,
 * receiving contact, unloading hours and carrier
 */
record ContactRequest(@NotNull(message = "{salesops.required}") @PlausibleDate LocalDate contactDate,
		@NotNull(message = "{salesops.required}") ContactType contactType,
		@NotBlank(message = "{salesops.required}") @Size(max = 500, message = "{salesops.length}") String contactsMet,
		@Size(max = 4000, message = "{salesops.length}") String notes,
		@Size(max = 500, message = "{salesops.length}") String nextStep, @PlausibleDate LocalDate nextStepDate,
		Boolean logisticsConfirmed) {

	ContactCommand command(String customerCode) {
		return new ContactCommand(customerCode, this.contactDate, this.contactType, this.contactsMet, this.notes,
				this.nextStep, this.nextStepDate, Boolean.TRUE.equals(this.logisticsConfirmed));
	}

}
