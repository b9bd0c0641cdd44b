package com.osb.salesops.credit.process;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The credit refresh process: its key, elements and variables.
 */
final class CreditRefreshProcess {

	static final String KEY = "credit-refresh";

	static final String TASK_REVIEW = "Task_ReviewCreditChange";

	static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);

	static final ProcessVariable<Long> RATED_COUNT = ProcessVariable.of("ratedCount", Long.class);

	static final ProcessVariable<Long> REVIEW_COUNT = ProcessVariable.of("reviewCount", Long.class);

	static final ProcessVariable<Long> RATING_ID = ProcessVariable.of("ratingId", Long.class);

	static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.of("reviewComment", String.class);

	private CreditRefreshProcess() {
	}

}
