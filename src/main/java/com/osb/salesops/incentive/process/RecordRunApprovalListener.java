package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.PayrollExports;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Records finance's approval of the run's payouts.
 */
@Component
class RecordRunApprovalListener implements TaskListener {

	private final PayrollExports exports;

	RecordRunApprovalListener(PayrollExports exports) {
		this.exports = exports;
	}

	@Override
	public void notify(DelegateTask task) {
		this.exports.approve(IncentiveStatementRunProcess.PERIOD.get(task), IncentiveStatementRunProcess.actor(task),
				IncentiveStatementRunProcess.RUN_APPROVAL_COMMENT.get(task));
	}

}
