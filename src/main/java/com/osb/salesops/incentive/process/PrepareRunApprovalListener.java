package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.StatementRun;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Puts the run's totals on finance's approval task.
 */
@Component
class PrepareRunApprovalListener implements TaskListener {

	private final StatementRun run;

	PrepareRunApprovalListener(StatementRun run) {
		this.run = run;
	}

	@Override
	public void notify(DelegateTask task) {
		String period = IncentiveStatementRunProcess.PERIOD.get(task);
		task.setName(task.getName() + ": " + period);
		IncentiveStatementRunProcess.RUN_SUMMARY.setLocal(task, this.run.summary(period));
	}

}
