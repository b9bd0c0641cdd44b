package com.osb.salesops.incentive.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.StatementReviews;
import com.osb.salesops.incentive.model.DisputedLines;
import com.osb.salesops.incentive.model.DisputedLines.Decision;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records sales ops' decision on each disputed line: adjust the payout by an amount, or
 * reject, each with a reason.
 */
@Component
class RecordArbitrationListener implements TaskListener {

	private final StatementReviews reviews;

	RecordArbitrationListener(StatementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String period = IncentiveStatementRunProcess.PERIOD.get(task);
		String repId = IncentiveStatementRunProcess.REP_ID.get(task);
		List<String> problems = new ArrayList<>();
		List<Decision> decisions = DisputedLines.decisions(IncentiveStatementRunProcess.LINE_DECISIONS.get(task),
				this.reviews.disputedLines(period, repId), problems);
		BigDecimal total = decisions.stream().map(Decision::adjustment).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (problems.isEmpty() && this.reviews.leavesNegativePayout(period, repId, total)) {
			problems.add("the adjustments of " + total.toPlainString() + " would leave a negative payout");
		}
		if (!problems.isEmpty()) {
			throw new FormFieldValidationException("lineDecisions", String.join("; ", problems));
		}
		this.reviews.arbitrate(period, repId, decisions, IncentiveStatementRunProcess.actor(task));
	}

}
