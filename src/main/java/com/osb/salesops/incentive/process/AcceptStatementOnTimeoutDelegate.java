package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.StatementReviews;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * A statement not reviewed within 5 business days counts as accepted.
 */
@Component
class AcceptStatementOnTimeoutDelegate implements JavaDelegate {

	private final StatementReviews reviews;

	AcceptStatementOnTimeoutDelegate(StatementReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reviews.acceptByTimeout(IncentiveStatementRunProcess.PERIOD.get(execution),
				IncentiveStatementRunProcess.REP_ID.get(execution));
	}

}
