package com.osb.salesops.customercare;

import java.time.LocalDate;

/**
 * A visit, call or meeting on record.
 *
 * @param id its number
 * @param contactDate when it was held
 * @param contactType VISIT, CALL or MEETING
 * @param contactsMet the people met or spoken to
 * @param notes what was said
 * @param nextStep what happens next
 * @param nextStepDate when
 * @param logisticsConfirmed whether the customer confirmed its logistics information
 * @param recordedBy who recorded it
 * @param recordedByName their name as people know them, where their user has one
 */
public record ContactEntry(long id, LocalDate contactDate, String contactType, String contactsMet, String notes,
		String nextStep, LocalDate nextStepDate, boolean logisticsConfirmed, String recordedBy, String recordedByName) {

	ContactEntry recordedByName(String name) {
		return new ContactEntry(this.id, this.contactDate, this.contactType, this.contactsMet, this.notes,
				this.nextStep, this.nextStepDate, this.logisticsConfirmed, this.recordedBy, name);
	}

}
