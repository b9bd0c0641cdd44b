package com.osb.salesops.returns.process;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The order return process: its key, elements and variables.
 */
final class OrderReturnProcess {

	static final String KEY = "order-return";

	static final String TASK_APPROVE = "Task_ApproveReturn";

	static final String TASK_DIRECTOR_APPROVE = "Task_ApproveReturnAsDirector";

	static final String TASK_INSPECT = "Task_InspectReturn";

	static final ProcessVariable<String> RETURN_NUMBER = ProcessVariable.of("returnNumber", String.class);

	static final ProcessVariable<String> ORDER_NUMBER = ProcessVariable.of("orderNumber", String.class);

	static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);

	static final ProcessVariable<String> REP_USER_ID = ProcessVariable.of("repUserId", String.class);

	static final ProcessVariable<String> RETURN_VALUE_TEXT = ProcessVariable.of("returnValueText", String.class);

	static final ProcessVariable<String> RETURN_LINES_TEXT = ProcessVariable.of("returnLinesText", String.class);

	static final ProcessVariable<String> RETURN_REQUEST_TEXT = ProcessVariable.of("returnRequestText", String.class);

	static final ProcessVariable<String> APPROVAL_LEVEL = ProcessVariable.of("approvalLevel", String.class);

	static final ProcessVariable<String> RETURN_DECISION = ProcessVariable.of("returnDecision", String.class);

	static final ProcessVariable<String> RETURN_DECISION_COMMENT = ProcessVariable.of("returnDecisionComment",
			String.class);

	static final ProcessVariable<String> INSPECTION = ProcessVariable.of("inspection", String.class);

	static final ProcessVariable<Boolean> CREDIT_DUE = ProcessVariable.of("creditDue", Boolean.class);

	static final ProcessVariable<String> CREDIT_AMOUNT_TEXT = ProcessVariable.of("creditAmountText", String.class);

	static final ProcessVariable<String> CREDIT_NOTE_NUMBER = ProcessVariable.of("creditNoteNumber", String.class);

	private OrderReturnProcess() {
	}

}
