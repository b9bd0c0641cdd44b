package com.osb.salesops.incentive.process;

import com.osb.salesops.shared.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

/**
 * Gives each rep's review its own decision and reason variables, so that what one rep or
 * arbiter submits never lands on another rep's review.
 */
@Component
class OpenStatementReviewListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		for (ProcessVariable<?> variable : IncentiveStatementRunProcess.REVIEW_SCOPE) {
			execution.setVariableLocal(variable.name(), null);
		}
	}

}
