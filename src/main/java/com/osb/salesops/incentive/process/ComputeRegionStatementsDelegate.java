package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.StatementRun;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Computes and stores the statements of one region's reps: one job per region, so that
 * the nodes of a cluster share the run.
 */
@Component
class ComputeRegionStatementsDelegate implements JavaDelegate {

	private final StatementRun run;

	ComputeRegionStatementsDelegate(StatementRun run) {
		this.run = run;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int count = this.run.computeRegion(IncentiveStatementRunProcess.PERIOD.get(execution),
				IncentiveStatementRunProcess.REGION_ID.get(execution), execution.getProcessInstanceId());
		execution.setVariableLocal("statementCount", (long) count);
	}

}
