package com.osb.salesops.credit.process;

import java.util.Date;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The credit adjustment process: its key, elements and variables.
 */
final class CreditAdjustmentProcess {

	static final String KEY = "credit-adjustment";

	static final String TASK_APPROVE = "Task_ApproveAdjustment";

	static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);

	static final ProcessVariable<String> MANUAL_ADJUSTMENT = ProcessVariable.of("manualAdjustment", String.class);

	static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);

	static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.of("requestedBy", String.class);

	static final ProcessVariable<Long> CUSTOMER_ID = ProcessVariable.of("customerId", Long.class);

	static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);

	static final ProcessVariable<String> GRADE = ProcessVariable.of("grade", String.class);

	static final ProcessVariable<String> FORMULA_LIMIT = ProcessVariable.of("formulaLimit", String.class);

	static final ProcessVariable<String> CREDIT_LIMIT = ProcessVariable.of("creditLimit", String.class);

	static final ProcessVariable<Long> ADJUSTMENT_ID = ProcessVariable.of("adjustmentId", Long.class);

	static final ProcessVariable<String> ADJUSTMENT_APPROVER = ProcessVariable.of("adjustmentApprover", String.class);

	static final ProcessVariable<String> DECISION = ProcessVariable.of("decision", String.class);

	static final ProcessVariable<String> DECISION_COMMENT = ProcessVariable.of("decisionComment", String.class);

	static final ProcessVariable<String> DECIDED_BY = ProcessVariable.of("decidedBy", String.class);

	static final ProcessVariable<String> APPROVER_RULE = ProcessVariable.of("approverRule", String.class);

	/** The amounts and the rule as the approver reads them on the form. */
	static final ProcessVariable<String> MANUAL_ADJUSTMENT_TEXT = ProcessVariable.of("manualAdjustmentText",
			String.class);

	static final ProcessVariable<String> FORMULA_LIMIT_TEXT = ProcessVariable.of("formulaLimitText", String.class);

	static final ProcessVariable<String> CREDIT_LIMIT_TEXT = ProcessVariable.of("creditLimitText", String.class);

	static final ProcessVariable<String> APPROVER_RULE_TEXT = ProcessVariable.of("approverRuleText", String.class);

	/** {@code REQUEST} for a new adjustment, {@code RENEWAL} for a renewal. */
	static final ProcessVariable<String> REQUEST_KIND = ProcessVariable.of("requestKind", String.class);

	/**
	 * {@code STANDS}, {@code HIGHER_LEVEL} or {@code REFUSED}: the approver decided
	 * again.
	 */
	static final ProcessVariable<String> APPROVAL_CHECK = ProcessVariable.of("approvalCheck", String.class);

	static final ProcessVariable<Date> REMINDER_DATE = ProcessVariable.of("reminderDate", Date.class);

	static final ProcessVariable<Date> LAPSE_DATE = ProcessVariable.of("lapseDate", Date.class);

	static final ProcessVariable<String> RENEWAL_DECISION = ProcessVariable.of("renewalDecision", String.class);

	static final ProcessVariable<String> RENEWAL_REASON = ProcessVariable.of("renewalReason", String.class);

	private CreditAdjustmentProcess() {
	}

}
