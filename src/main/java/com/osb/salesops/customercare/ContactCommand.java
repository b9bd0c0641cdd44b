package com.osb.salesops.customercare;

import java.time.LocalDate;

import com.osb.salesops.customercare.model.ContactType;

/**
 * A visit, call or meeting to record.
 *
 * @param customerCode the customer
 * @param contactDate when it was held
 * @param contactType visit, call or meeting
 * @param contactsMet the people met or spoken to
 * @param notes what was said, may be empty
 * @param nextStep what happens next, may be empty
 * @param nextStepDate when, required with a next step
 * @param logisticsConfirmed whether the customer confirmed its logistics information
 */
public record ContactCommand(String customerCode, LocalDate contactDate, ContactType contactType, String contactsMet,
		String notes, String nextStep, LocalDate nextStepDate, boolean logisticsConfirmed) {

}
