package com.osb.salesops.credit.process;

import com.osb.salesops.credit.AdjustmentApprovals;
import com.osb.salesops.credit.AdjustmentApprovals.Decided;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Decides the approver again when the adjustment is approved, on the figures of that
 * moment: the approval stands when its approver covers the band; a higher band sends it
 * to that approver; outside the policy now, it is refused.
 */
@Component
class ConfirmAdjustmentApproverDelegate implements JavaDelegate {

	private final AdjustmentApprovals approvals;

	ConfirmAdjustmentApproverDelegate(AdjustmentApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Decided decided = this.approvals.decide(ADJUSTMENT_ID.get(execution));
		DetermineAdjustmentApproverDelegate.show(execution, decided);
		String approvedBy = ADJUSTMENT_APPROVER.get(execution);
		if ("REFUSED".equals(decided.approver())) {
			APPROVAL_CHECK.set(execution, "REFUSED");
		}
		else if (this.approvals.covers(approvedBy, decided.approver())) {
			APPROVAL_CHECK.set(execution, "STANDS");
		}
		else {
			APPROVAL_CHECK.set(execution, "HIGHER_LEVEL");
			ADJUSTMENT_APPROVER.set(execution, decided.approver());
		}
	}

}
