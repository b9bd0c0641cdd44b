package com.osb.salesops.approvals.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Time counted as the office counts it: business days are the days of the business
 * calendar, business hours the hours between opening and closing on those days. A
 * deadline of business days falls at the same time of day that many business days later;
 * a deadline of business hours runs only while the office is open. Work that arrives
 * while the office is closed starts counting when it next opens.
 *
 * @param businessDay whether a date is a business day (the business calendar)
 * @param opens when a business day starts
 * @param closes when a business day ends
 * @param zone the business time zone
 */
public record BusinessTime(Predicate<LocalDate> businessDay, LocalTime opens, LocalTime closes, ZoneId zone) {

	public BusinessTime {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("The office opens at " + opens + ", after it closes at " + closes);
		}
	}

	/** The moment that many business days and business hours after the start. */
	public Instant plus(Instant start, int businessDays, int businessHours) {
		if (businessDays < 0 || businessHours < 0) {
			throw new IllegalArgumentException("A deadline is 0 or more business days and hours");
		}
		LocalDateTime moment = nextOpenMoment(LocalDateTime.ofInstant(start, this.zone));
		LocalDate day = moment.toLocalDate();
		for (int added = 0; added < businessDays;) {
			day = day.plusDays(1);
			if (this.businessDay.test(day)) {
				added++;
			}
		}
		moment = day.atTime(moment.toLocalTime());
		long minutes = businessHours * 60L;
		while (minutes > 0) {
			moment = nextOpenMoment(moment);
			long open = java.time.Duration.between(moment, moment.toLocalDate().atTime(this.closes)).toMinutes();
			if (minutes <= open) {
				moment = moment.plusMinutes(minutes);
				minutes = 0;
			}
			else {
				minutes -= open;
				moment = moment.toLocalDate().plusDays(1).atTime(this.opens);
			}
		}
		return ZonedDateTime.of(moment, this.zone).toInstant();
	}

	/** The moment itself when the office is open then, else the next opening. */
	LocalDateTime nextOpenMoment(LocalDateTime moment) {
		LocalDate day = moment.toLocalDate();
		LocalTime time = moment.toLocalTime();
		if (this.businessDay.test(day) && !time.isBefore(this.opens) && time.isBefore(this.closes)) {
			return moment;
		}
		if (this.businessDay.test(day) && time.isBefore(this.opens)) {
			return day.atTime(this.opens);
		}
		do {
			day = day.plusDays(1);
		}
		while (!this.businessDay.test(day));
		return day.atTime(this.opens);
	}

}
