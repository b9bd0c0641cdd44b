package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.StatementRun;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Puts the rep's statement, line by line, and the payout on a review, arbitration or
 * approval task, and names the task after the rep and the period.
 */
@Component
class PrepareStatementTaskListener implements TaskListener {

	private final StatementRun run;

	PrepareStatementTaskListener(StatementRun run) {
		this.run = run;
	}

	@Override
	public void notify(DelegateTask task) {
		String period = IncentiveStatementRunProcess.PERIOD.get(task);
		String repId = IncentiveStatementRunProcess.REP_ID.get(task);
		task.setName(task.getName() + ": " + repId + " " + period);
		IncentiveStatementRunProcess.STATEMENT_TEXT.setLocal(task, this.run.text(period, repId));
		IncentiveStatementRunProcess.PAYOUT.setLocal(task, this.run.finalPayout(period, repId).doubleValue());
	}

}
