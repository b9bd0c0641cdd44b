package com.osb.salesops.credit.process;

import com.osb.salesops.credit.AdjustmentApprovals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Records that an adjustment already under way (approved on older figures, or a renewal)
 * falls outside the policy on the current formula limit, so it does not count.
 */
@Component
class RecordAdjustmentRefusalDelegate implements JavaDelegate {

	private final AdjustmentApprovals approvals;

	RecordAdjustmentRefusalDelegate(AdjustmentApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.approvals.refuse(ADJUSTMENT_ID.get(execution),
				"outside what the credit policy allows for a formula limit of " + FORMULA_LIMIT.get(execution)
						+ " (see decision credit-adjustment-approver)");
	}

}
