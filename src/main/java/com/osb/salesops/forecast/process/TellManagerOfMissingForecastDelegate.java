package com.osb.salesops.forecast.process;

import java.util.List;

import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.forecast.Submission;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Tells the rep's manager (the sales directors when the region names none) that the rep's
 * forecast is still missing after the reminder.
 */
@Component
class TellManagerOfMissingForecastDelegate implements JavaDelegate {

	private final ForecastSubmissions submissions;

	private final Notifications notifications;

	private final AuditLog audit;

	TellManagerOfMissingForecastDelegate(ForecastSubmissions submissions, Notifications notifications, AuditLog audit) {
		this.submissions = submissions;
		this.notifications = notifications;
		this.audit = audit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Submission submission = this.submissions.submission(SalesForecastProcess.submissionId(execution)).orElseThrow();
		SalesTeams.Member rep = this.submissions.member(submission.repId());
		String manager = (rep.regionManager() != null) ? rep.regionManager() : Roles.SALES_DIRECTOR;
		this.notifications.notify(null, List.of(manager),
				"Sales forecast " + submission.period() + " of " + rep.repName() + " is missing",
				rep.repName() + " has not submitted the forecast of " + submission.period() + ", due on "
						+ SalesForecastProcess.DEADLINE_TEXT.get(execution) + ", though reminded.");
		this.audit.record("system", "FORECAST_ESCALATED", "FORECAST", String.valueOf(submission.id()),
				execution.getProcessInstanceId(), "told " + manager);
	}

}
