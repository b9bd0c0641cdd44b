package com.osb.salesops.receivables.process;

import java.math.BigDecimal;
import java.util.Date;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The collections case of an overdue invoice and the daily sweep: keys, elements,
 * messages and variables. The business key of a case is the invoice number.
 */
final class CollectionsProcess {

	static final String KEY = "collections";

	static final String DECISION = "collections-action";

	static final String TASK_EVALUATE = "Task_EvaluateCollectionsAction";

	static final String MSG_ACTION_DUE = "Msg_CollectionsActionDue";

	static final String MSG_SETTLED = "Msg_InvoiceSettled";

	static final String MSG_WRITTEN_OFF = "Msg_InvoiceWrittenOff";

	static final String NONE = "NONE";

	static final String CLOSE = "CLOSE";

	static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);

	static final ProcessVariable<Integer> DAYS_PAST_DUE = ProcessVariable.of("daysPastDue", Integer.class);

	static final ProcessVariable<BigDecimal> OPEN_AMOUNT = ProcessVariable.of("openAmount", BigDecimal.class);

	static final ProcessVariable<String> OPEN_AMOUNT_TEXT = ProcessVariable.of("openAmountText", String.class);

	static final ProcessVariable<String> DUE_DATE_TEXT = ProcessVariable.of("dueDateText", String.class);

	static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);

	static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);

	static final ProcessVariable<String> REP_USER_ID = ProcessVariable.of("repUserId", String.class);

	static final ProcessVariable<String> NEXT_ACTION = ProcessVariable.of("nextAction", String.class);

	static final ProcessVariable<String> CALL_OUTCOME = ProcessVariable.of("callOutcome", String.class);

	static final ProcessVariable<Object> PROMISED_DATE = ProcessVariable.of("promisedDate", Object.class);

	static final ProcessVariable<Date> PROMISE_RESUMES_AT = ProcessVariable.of("promiseResumesAt", Date.class);

	static final ProcessVariable<String> CALL_NOTE = ProcessVariable.of("callNote", String.class);

	static final ProcessVariable<String> DISPUTE_RESOLUTION = ProcessVariable.of("disputeResolution", String.class);

	static final ProcessVariable<String> ESCALATION_NOTE = ProcessVariable.of("escalationNote", String.class);

	private CollectionsProcess() {
	}

}
