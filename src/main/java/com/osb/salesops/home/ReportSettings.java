package com.osb.salesops.home;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the weekly and monthly sales reports go out and to whom, under
 * {@code salesops.reports.*}.
 *
 * @param weeklyDay the day of the week the weekly report goes out, for the week before
 * @param monthlyDay the day of the month the monthly report goes out, for the month
 * before
 * @param sendAt the time of day, in business time
 * @param leadership user ids and groups that get the company's report
 * @param managers whether each region's and market's manager gets their team's report
 */
@ConfigurationProperties("salesops.reports")
public record ReportSettings(@DefaultValue("MONDAY") DayOfWeek weeklyDay, @DefaultValue("1") int monthlyDay,
		@DefaultValue("08:00") LocalTime sendAt, @DefaultValue( {
				"general-manager", "sales-director", "sales-ops" }) List<String> leadership,
		@DefaultValue("true") boolean managers){

	public ReportSettings {
		if (monthlyDay < 1 || monthlyDay > 28) {
			throw new IllegalArgumentException(
					"salesops.reports.monthly-day must be from 1 to 28 (a day every month has), was " + monthlyDay);
		}
	}

}
