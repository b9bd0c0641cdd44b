package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.StatementReviews;
import com.osb.salesops.incentive.StatementRun;
import com.osb.salesops.shared.process.MoneyText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Puts the rep's statement, line by line, the payout and the link to the whole statement
 * on its page on a review or arbitration task (there with the disputed lines and their
 * reasons), and names the task after the rep and the period.
 */
@Component
class PrepareStatementTaskListener implements TaskListener {

	private final StatementRun run;

	private final StatementReviews reviews;

	PrepareStatementTaskListener(StatementRun run, StatementReviews reviews) {
		this.run = run;
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		String period = IncentiveStatementRunProcess.PERIOD.get(task);
		String repId = IncentiveStatementRunProcess.REP_ID.get(task);
		task.setName(task.getName() + ": " + repId + " " + period);
		IncentiveStatementRunProcess.STATEMENT_TEXT.setLocal(task, this.run.text(period, repId));
		IncentiveStatementRunProcess.PAYOUT.setLocal(task, MoneyText.of(this.run.finalPayout(period, repId)));
		IncentiveStatementRunProcess.STATEMENT_PAGE_URL.setLocal(task, StatementRun.pageUrl(period, repId));
		if ("Task_ArbitrateDispute".equals(task.getTaskDefinitionKey())) {
			IncentiveStatementRunProcess.DISPUTED_LINES_TEXT.setLocal(task,
					this.reviews.disputedLinesText(period, repId));
		}
	}

}
