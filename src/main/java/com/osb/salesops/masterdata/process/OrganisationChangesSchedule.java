package com.osb.salesops.masterdata.process;

import java.time.format.DateTimeFormatter;

import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * When the organisation changes of a day are applied: at 00:00 business time every day,
 * from tomorrow, before the day's other sweeps, whatever the server's own time zone.
 */
@Component("organisationChangesSchedule")
public class OrganisationChangesSchedule {

	private final BusinessClock clock;

	OrganisationChangesSchedule(BusinessClock clock) {
		this.clock = clock;
	}

	/** An ISO 8601 repeating interval, daily from tomorrow 00:00 business time. */
	public String cycle() {
		return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(this.clock.today().plusDays(1).atStartOfDay(this.clock.zone()).toOffsetDateTime()) + "/P1D";
	}

}
