package com.osb.salesops.credit.process;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The credit adjustment process: its key, elements and variables.
 */
final class CreditAdjustmentProcess {

	static final String KEY = "credit-adjustment";

	static final String TASK_APPROVE = "Task_ApproveAdjustment";

	static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);

	static final ProcessVariable<Double> MANUAL_ADJUSTMENT = ProcessVariable.of("manualAdjustment", Double.class);

	static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);

	static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.of("requestedBy", String.class);

	static final ProcessVariable<Long> CUSTOMER_ID = ProcessVariable.of("customerId", Long.class);

	static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);

	static final ProcessVariable<String> GRADE = ProcessVariable.of("grade", String.class);

	static final ProcessVariable<Double> FORMULA_LIMIT = ProcessVariable.of("formulaLimit", Double.class);

	static final ProcessVariable<Double> CREDIT_LIMIT = ProcessVariable.of("creditLimit", Double.class);

	static final ProcessVariable<Long> ADJUSTMENT_ID = ProcessVariable.of("adjustmentId", Long.class);

	static final ProcessVariable<String> ADJUSTMENT_APPROVER = ProcessVariable.of("adjustmentApprover", String.class);

	static final ProcessVariable<String> DECISION = ProcessVariable.of("decision", String.class);

	static final ProcessVariable<String> DECISION_COMMENT = ProcessVariable.of("decisionComment", String.class);

	static final ProcessVariable<String> DECIDED_BY = ProcessVariable.of("decidedBy", String.class);

	private CreditAdjustmentProcess() {
	}

}
