package com.osb.salesops.forecast.process;

import java.util.stream.Collectors;

import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.forecast.Submission;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Names a rep's forecast task after the rep and the month, and puts on it the months to
 * forecast, the deadline and the lines so far with their spot-check flags.
 */
@Component
class PrepareForecastTaskListener implements TaskListener {

	private final ForecastSubmissions submissions;

	PrepareForecastTaskListener(ForecastSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = SalesForecastProcess.submissionId(task);
		Submission submission = this.submissions.submission(id).orElseThrow();
		String rep = this.submissions.member(submission.repId()).repName();
		task.setName(task.getName() + ": " + rep + ", " + submission.period()
				+ ((submission.version() > 1) ? " (revision " + submission.version() + ")" : ""));
		SalesForecastProcess.MONTHS_TEXT.setLocal(task,
				ForecastSubmissions.months(submission.period())
					.stream()
					.map(Object::toString)
					.collect(Collectors.joining(", ")));
		SalesForecastProcess.FORECAST_TEXT.setLocal(task, this.submissions.text(id));
	}

}
