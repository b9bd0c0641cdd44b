package com.osb.salesops.quota;

import java.util.Locale;

import com.osb.salesops.shared.web.Messages;

import org.springframework.stereotype.Component;

/**
 * A rep's quota of a plan as the rep reads it on the task that asks them to acknowledge
 * it, in the company's language: the year's quota, then each quarter and each month, each
 * split by channel (direct, distributor, online).
 */
@Component
public class RepQuotaText {

	private final QuotaPlanReports reports;

	RepQuotaText(QuotaPlanReports reports) {
		this.reports = reports;
	}

	/** The rep's quota of the plan, empty when the plan has no line of the rep. */
	public String of(String planId, String repUserId) {
		return this.reports.header(planId)
			.flatMap((
					plan) -> this.reports.lines(planId, repUserId).stream().findFirst().map((line) -> text(plan, line)))
			.orElse("");
	}

	static String text(PlanHeader plan, PlanLine line) {
		StringBuilder text = new StringBuilder(Messages.formText("quota-year", "{0}: quota {1}",
				String.valueOf(plan.year()), amount(line.quota().longValueExact())));
		for (int quarter = 0; quarter < 4; quarter++) {
			long[] channels = new long[3];
			for (int month = quarter * 3; month < quarter * 3 + 3; month++) {
				for (int channel = 0; channel < 3; channel++) {
					channels[channel] += line.months()[month][channel];
				}
			}
			text.append('\n')
				.append(row("quota-quarter", "{0}: {1} (direct {2}, distributor {3}, online {4})",
						plan.year() + "-Q" + (quarter + 1), channels));
			for (int month = quarter * 3; month < quarter * 3 + 3; month++) {
				text.append('\n')
					.append(row("quota-month", "  {0}: {1} (direct {2}, distributor {3}, online {4})",
							String.format(Locale.ROOT, "%d-%02d", plan.year(), month + 1), line.months()[month]));
			}
		}
		return text.toString();
	}

	private static String row(String code, String english, String period, long[] channels) {
		return Messages.formText(code, english, period, amount(channels[0] + channels[1] + channels[2]),
				amount(channels[0]), amount(channels[1]), amount(channels[2]));
	}

	private static String amount(long amount) {
		return String.format(Locale.ROOT, "%,d", amount);
	}

}
