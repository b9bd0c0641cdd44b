package com.osb.salesops.forecast.process;

import java.util.List;

import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.forecast.Submission;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
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
				Text.of("forecast-missing.subject", "Sales forecast {0} of {1} is missing",
						String.valueOf(submission.period()), rep.repName()),
				Text.of("forecast-missing.body",
						"{0} has not submitted the forecast of {1}, due on {2}, though reminded.", rep.repName(),
						String.valueOf(submission.period()), SalesForecastProcess.DEADLINE_TEXT.get(execution)));
		this.audit.record("system", "FORECAST_ESCALATED", "FORECAST", String.valueOf(submission.id()),
				execution.getProcessInstanceId(), "told " + manager);
	}

}
