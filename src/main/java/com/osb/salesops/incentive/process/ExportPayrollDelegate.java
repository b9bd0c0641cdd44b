package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.PayrollExports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Writes the HR payroll export of the approved run.
 */
@Component
class ExportPayrollDelegate implements JavaDelegate {

	private final PayrollExports exports;

	ExportPayrollDelegate(PayrollExports exports) {
		this.exports = exports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int rows = this.exports.export(IncentiveStatementRunProcess.PERIOD.get(execution),
				execution.getProcessInstanceId());
		IncentiveStatementRunProcess.EXPORTED_COUNT.set(execution, (long) rows);
	}

}
