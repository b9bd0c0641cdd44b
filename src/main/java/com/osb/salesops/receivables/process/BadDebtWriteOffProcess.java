package com.osb.salesops.receivables.process;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The bad-debt write-off: key and variables. The business key is the invoice number.
 */
final class BadDebtWriteOffProcess {

	static final String KEY = "bad-debt-write-off";

	static final ProcessVariable<String> INVOICE_NUMBER = ProcessVariable.of("invoiceNumber", String.class);

	static final ProcessVariable<String> REASON = ProcessVariable.of("writeOffReason", String.class);

	static final ProcessVariable<String> PROPOSED_BY = ProcessVariable.of("proposedBy", String.class);

	static final ProcessVariable<String> DECISION = ProcessVariable.of("writeOffDecision", String.class);

	static final ProcessVariable<String> COMMENT = ProcessVariable.of("writeOffComment", String.class);

	private BadDebtWriteOffProcess() {
	}

}
