package com.osb.salesops.incentive.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.StatementReviews;
import com.osb.salesops.incentive.model.DisputedLines;
import com.osb.salesops.incentive.model.DisputedLines.Decision;
import com.osb.salesops.shared.model.CodedProblem;
import com.osb.salesops.shared.web.Messages;
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
		List<CodedProblem> problems = new ArrayList<>();
		List<Decision> decisions = DisputedLines.decisions(IncentiveStatementRunProcess.LINE_DECISIONS.get(task),
				this.reviews.disputedLines(period, repId), problems);
		BigDecimal total = decisions.stream().map(Decision::adjustment).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (problems.isEmpty() && this.reviews.leavesNegativePayout(period, repId, total)) {
			problems.add(CodedProblem.of("decision-negative-payout",
					"the adjustments of {0} would leave a negative payout", total.toPlainString()));
		}
		if (!problems.isEmpty()) {
			throw new FormFieldValidationException("lineDecisions", Messages.listed(problems));
		}
		this.reviews.arbitrate(period, repId, decisions, IncentiveStatementRunProcess.actor(task));
	}

}
