package com.osb.salesops.forecast.process;

import com.osb.salesops.forecast.ForecastRefused;
import com.osb.salesops.forecast.ForecastSubmissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records the assistant's review: accepted, or sent back to the rep with a reason.
 */
@Component
class RecordForecastReviewListener implements TaskListener {

	private final ForecastSubmissions submissions;

	RecordForecastReviewListener(ForecastSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public void notify(DelegateTask task) {
		try {
			this.submissions.review(SalesForecastProcess.submissionId(task),
					SalesForecastProcess.REVIEW_DECISION.get(task), SalesForecastProcess.REVIEW_COMMENT.get(task),
					SalesForecastProcess.actor(task));
		}
		catch (ForecastRefused ex) {
			throw new FormFieldValidationException(ex.problems().get(0).field(), ex.getMessage());
		}
	}

}
