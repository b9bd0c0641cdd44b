package com.osb.salesops.credit.process;

import com.osb.salesops.credit.CreditAdjustments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Records that an adjustment was rejected, and by whom.
 */
@Component
class RecordAdjustmentRejectionDelegate implements JavaDelegate {

	private final CreditAdjustments adjustments;

	RecordAdjustmentRejectionDelegate(CreditAdjustments adjustments) {
		this.adjustments = adjustments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.adjustments.reject(ADJUSTMENT_ID.get(execution), ADJUSTMENT_APPROVER.get(execution),
				DECIDED_BY.get(execution), DECISION_COMMENT.get(execution));
	}

}
