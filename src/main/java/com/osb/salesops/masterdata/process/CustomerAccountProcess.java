package com.osb.salesops.masterdata.process;

import java.math.BigDecimal;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The customer account process: its key, elements and variables. The customer file's
 * fields are in {@link CustomerFileVariables}.
 */
final class CustomerAccountProcess {

	static final String KEY = "customer-account";

	static final String TASK_REVIEW = "Task_ReviewRequest";

	static final String TASK_REVISE = "Task_ReviseRequest";

	static final String TASK_CONFIRM_TERMS = "Task_ConfirmOpeningTerms";

	static final ProcessVariable<String> REQUEST_TYPE = ProcessVariable.of("requestType", String.class);

	static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);

	static final ProcessVariable<String> REP_ID = ProcessVariable.of("repId", String.class);

	static final ProcessVariable<String> NEW_REP_ID = ProcessVariable.of("newRepId", String.class);

	static final ProcessVariable<String> REASON = ProcessVariable.of("reason", String.class);

	static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.of("requestedBy", String.class);

	static final ProcessVariable<String> GROWTH_POTENTIAL = ProcessVariable.of("growthPotential", String.class);

	static final ProcessVariable<Boolean> DUPLICATE_FLAGGED = ProcessVariable.of("duplicateFlagged", Boolean.class);

	static final ProcessVariable<String> DUPLICATES = ProcessVariable.of("duplicates", String.class);

	static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.of("reviewDecision", String.class);

	static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.of("reviewComment", String.class);

	static final ProcessVariable<String> REVIEWED_BY = ProcessVariable.of("reviewedBy", String.class);

	static final ProcessVariable<String> GRADE = ProcessVariable.of("grade", String.class);

	/** The opening payment terms in words, for finance's form. */
	static final ProcessVariable<String> PAYMENT_TERMS_TEXT = ProcessVariable.of("paymentTermsText", String.class);

	static final ProcessVariable<BigDecimal> CREDIT_LIMIT = ProcessVariable.of("creditLimit", BigDecimal.class);

	static final ProcessVariable<String> CREDIT_LIMIT_TEXT = ProcessVariable.of("creditLimitText", String.class);

	static final ProcessVariable<String> PAYMENT_TERMS = ProcessVariable.of("paymentTerms", String.class);

	static final ProcessVariable<String> CREDIT_RULES = ProcessVariable.of("creditRules", String.class);

	static final ProcessVariable<String> TERMS_DECISION = ProcessVariable.of("termsDecision", String.class);

	static final ProcessVariable<String> TERMS_COMMENT = ProcessVariable.of("termsComment", String.class);

	static final ProcessVariable<String> TERMS_CONFIRMED_BY = ProcessVariable.of("termsConfirmedBy", String.class);

	private CustomerAccountProcess() {
	}

}
