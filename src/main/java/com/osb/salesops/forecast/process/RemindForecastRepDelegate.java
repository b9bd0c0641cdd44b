package com.osb.salesops.forecast.process;

import java.util.List;

import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.forecast.Submission;
import com.osb.salesops.masterdata.SalesTeams;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.notification.Notifications;
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
		this.notifications.notify(null, List.of(rep.userId()), "Sales forecast " + submission.period() + " is late",
				"Your forecast of " + submission.period() + " was due on "
						+ SalesForecastProcess.DEADLINE_TEXT.get(execution)
						+ ". Submit it in Tasklist or upload it as CSV today.");
		this.audit.record("system", "FORECAST_REMINDED", "FORECAST", String.valueOf(submission.id()),
				execution.getProcessInstanceId(), "reminded " + rep.userId());
	}

}
