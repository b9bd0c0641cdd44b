package com.osb.salesops.forecast.process;

import java.util.List;

import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.forecast.Submission;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Reminds a rep whose forecast was not in by the deadline.
 */
@Component
class RemindForecastRepDelegate implements JavaDelegate {

	private final ForecastSubmissions submissions;

	private final Notifications notifications;

	private final AuditLog audit;

	RemindForecastRepDelegate(ForecastSubmissions submissions, Notifications notifications, AuditLog audit) {
		this.submissions = submissions;
		this.notifications = notifications;
		this.audit = audit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Submission submission = this.submissions.submission(SalesForecastProcess.submissionId(execution)).orElseThrow();
		SalesTeams.Member rep = this.submissions.member(submission.repId());
		this.notifications.notify(null, List.of(rep.userId()),
				Text.of("forecast-late.subject", "Sales forecast {0} is late", String.valueOf(submission.period())),
				Text.of("forecast-late.body",
						"Your forecast of {0} was due on {1}. Submit it in Tasklist or upload it as CSV today.",
						String.valueOf(submission.period()), SalesForecastProcess.DEADLINE_TEXT.get(execution)));
		this.audit.record("system", "FORECAST_REMINDED", "FORECAST", String.valueOf(submission.id()),
				execution.getProcessInstanceId(), "reminded " + rep.userId());
	}

}
