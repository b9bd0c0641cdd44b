package com.osb.salesops.home.process;

import com.osb.salesops.home.SalesReports;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Sends the weekly or monthly sales report, as the step's {@code reportKind} says.
 */
@Component
public class SendSalesReportDelegate implements JavaDelegate {

	private final SalesReports reports;

	private final BusinessClock clock;

	SendSalesReportDelegate(SalesReports reports, BusinessClock clock) {
		this.reports = reports;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String kind = SalesReportProcess.REPORT_KIND.get(execution);
		SalesReportProcess.REPORTS_SENT.set(execution, (long) this.reports.send(kind, this.clock.today()));
	}

}
