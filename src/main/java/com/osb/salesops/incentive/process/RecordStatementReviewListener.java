package com.osb.salesops.incentive.process;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.StatementReviews;
import com.osb.salesops.incentive.model.DisputedLines;
import com.osb.salesops.incentive.model.DisputedLines.Claim;
import com.osb.salesops.shared.model.CodedProblem;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records the rep's review: the statement accepted, or disputed with a reason.
 */
@Component
class RecordStatementReviewListener implements TaskListener {

	private final StatementReviews reviews;

	RecordStatementReviewListener(StatementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = IncentiveStatementRunProcess.REVIEW_DECISION.get(task);
		String disputed = IncentiveStatementRunProcess.DISPUTED_LINES.get(task);
		String period = IncentiveStatementRunProcess.PERIOD.get(task);
		String repId = IncentiveStatementRunProcess.REP_ID.get(task);
		if ("ACCEPT".equals(decision)) {
			this.reviews.accept(period, repId, IncentiveStatementRunProcess.actor(task));
		}
		else if ("DISPUTE".equals(decision)) {
			List<CodedProblem> problems = new ArrayList<>();
			List<Claim> claims = DisputedLines.claims(disputed, this.reviews.lineCount(period, repId), problems);
			if (!problems.isEmpty()) {
				throw new FormFieldValidationException("disputedLines", Messages.listed(problems));
			}
			this.reviews.dispute(period, repId, claims, IncentiveStatementRunProcess.actor(task));
		}
		else {
			throw new FormFieldValidationException("reviewDecision",
					Messages.text("field.form-statement-review", "Choose ACCEPT or DISPUTE"));
		}
	}

}
