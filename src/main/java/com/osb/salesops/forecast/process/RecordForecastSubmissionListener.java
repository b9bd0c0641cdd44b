package com.osb.salesops.forecast.process;

import com.osb.salesops.forecast.ForecastRefused;
import com.osb.salesops.forecast.ForecastSubmissions;
import com.osb.salesops.forecast.Submission;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Takes the lines written in the form, spot-checked; a forecast uploaded as CSV for the
 * task is taken already. A form without lines, or with bad ones, is refused with every
 * problem named.
 */
@Component
class RecordForecastSubmissionListener implements TaskListener {

	private final ForecastSubmissions submissions;

	RecordForecastSubmissionListener(ForecastSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = SalesForecastProcess.submissionId(task);
		String lines = SalesForecastProcess.FORECAST_LINES.get(task);
		if (lines == null || lines.isBlank()) {
			if (this.submissions.submission(id).map(Submission::open).orElse(true)) {
				throw new FormFieldValidationException("forecastLines", Messages.text("field.form-forecast-lines",
						"Write the forecast, one line per month, product and channel, or upload it as CSV"));
			}
			return;
		}
		try {
			this.submissions.submit(id, lines, "FORM", SalesForecastProcess.actor(task));
		}
		catch (ForecastRefused ex) {
			throw new FormFieldValidationException("forecastLines", ex.formText());
		}
	}

}
