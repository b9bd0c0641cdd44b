package com.osb.salesops.credit.process;

import com.osb.salesops.credit.CreditAdjustments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Applies an approved adjustment to the customer's limit.
 */
@Component
class ApplyCreditAdjustmentDelegate implements JavaDelegate {

	private final CreditAdjustments adjustments;

	ApplyCreditAdjustmentDelegate(CreditAdjustments adjustments) {
		this.adjustments = adjustments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.adjustments.approve(ADJUSTMENT_ID.get(execution), ADJUSTMENT_APPROVER.get(execution),
				DECIDED_BY.get(execution), DECISION_COMMENT.get(execution));
	}

}
