package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.ManagerStatements;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Computes the region and market managers' statements once every region's reps have
 * theirs.
 */
@Component
class ComputeManagerStatementsDelegate implements JavaDelegate {

	private final ManagerStatements managers;

	ComputeManagerStatementsDelegate(ManagerStatements managers) {
		this.managers = managers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int count = this.managers.computeForRun(IncentiveStatementRunProcess.PERIOD.get(execution),
				execution.getProcessInstanceId());
		IncentiveStatementRunProcess.MANAGER_STATEMENT_COUNT.set(execution, (long) count);
	}

}
