package com.osb.salesops.incentive.process;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import com.osb.salesops.shared.time.BusinessCalendar;
import com.osb.salesops.shared.time.BusinessClock;

import org.springframework.stereotype.Component;

/**
 * Review deadlines in business days: Saturdays, Sundays and public holidays do not count.
 * The number of days is the model's, in the timer of the review
 * ({@code ${statementCalendar.reviewDeadline(5)}}), so that an analyst changes it in
 * Camunda Modeler.
 */
@Component("statementCalendar")
public class StatementCalendar {

	private final BusinessClock clock;

	private final BusinessCalendar calendar;

	StatementCalendar(BusinessClock clock, BusinessCalendar calendar) {
		this.clock = clock;
		this.calendar = calendar;
	}

	/** The end of the given business day after today, in business time. */
	public Date reviewDeadline(int businessDays) {
		LocalDate today = this.clock.today();
		ZonedDateTime end = this.calendar.plusBusinessDays(today, businessDays)
			.plusDays(1)
			.atStartOfDay(this.clock.zone());
		return Date.from(end.toInstant());
	}

}
