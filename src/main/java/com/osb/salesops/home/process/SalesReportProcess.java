package com.osb.salesops.home.process;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The weekly and monthly sales report processes: their keys, elements and variables.
 */
final class SalesReportProcess {

	static final String WEEKLY_KEY = "weekly-sales-report";

	static final String MONTHLY_KEY = "monthly-sales-report";

	/** {@code WEEKLY} or {@code MONTHLY}, set on each report's step. */
	static final ProcessVariable<String> REPORT_KIND = ProcessVariable.of("reportKind", String.class);

	static final ProcessVariable<Long> REPORTS_SENT = ProcessVariable.of("reportsSent", Long.class);

	private SalesReportProcess() {
	}

}
