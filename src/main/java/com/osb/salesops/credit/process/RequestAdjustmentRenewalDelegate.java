package com.osb.salesops.credit.process;

import com.osb.salesops.credit.AdjustmentApprovals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Records the requester's renewal of an approved adjustment; it is approved after the
 * refresh, at the same levels, on the new formula limit.
 */
@Component
class RequestAdjustmentRenewalDelegate implements JavaDelegate {

	private final AdjustmentApprovals approvals;

	RequestAdjustmentRenewalDelegate(AdjustmentApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ADJUSTMENT_ID.set(execution, this.approvals.requestRenewal(ADJUSTMENT_ID.get(execution),
				RENEWAL_REASON.get(execution), REQUESTED_BY.get(execution)));
		REQUEST_KIND.set(execution, "RENEWAL");
		REASON.set(execution, RENEWAL_REASON.get(execution));
		DECISION.set(execution, null);
		DECISION_COMMENT.set(execution, null);
	}

}
