package com.osb.salesops.credit.process;

import java.time.LocalDate;

import com.osb.salesops.credit.AdjustmentApprovals;
import com.osb.salesops.credit.CreditAdjustments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Applies an approved adjustment to the customer's limit, and dates the reminder two
 * weeks before it lapses and the lapse itself, at the next refresh.
 */
@Component
class ApplyCreditAdjustmentDelegate implements JavaDelegate {

	private final CreditAdjustments adjustments;

	private final AdjustmentApprovals approvals;

	private final CreditRefreshSchedule schedule;

	ApplyCreditAdjustmentDelegate(CreditAdjustments adjustments, AdjustmentApprovals approvals,
			CreditRefreshSchedule schedule) {
		this.adjustments = adjustments;
		this.approvals = approvals;
		this.schedule = schedule;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long adjustment = ADJUSTMENT_ID.get(execution);
		this.adjustments.approve(adjustment, ADJUSTMENT_APPROVER.get(execution), DECIDED_BY.get(execution),
				DECISION_COMMENT.get(execution));
		LocalDate lapses = this.approvals.expiresOn(adjustment);
		LAPSE_DATE.set(execution, this.schedule.startOf(lapses));
		REMINDER_DATE.set(execution, this.schedule.startOf(lapses.minusWeeks(2)));
	}

}
