package com.osb.salesops.quota.process;

import com.osb.salesops.shared.process.ProcessVariable;

/**
 * The quota plan process: its key, elements and variables.
 */
final class QuotaPlanProcess {

	static final String KEY = "quota-plan";

	static final ProcessVariable<String> PLAN_ID = ProcessVariable.of("planId", String.class);

	static final ProcessVariable<Long> PLAN_YEAR = ProcessVariable.of("planYear", Long.class);

	static final ProcessVariable<Long> TARGET = ProcessVariable.of("target", Long.class);

	static final ProcessVariable<String> SEASONALITY_SOURCE = ProcessVariable.of("seasonalitySource", String.class);

	static final ProcessVariable<String> REQUESTED_BY = ProcessVariable.of("requestedBy", String.class);

	static final ProcessVariable<Long> PLAN_VERSION = ProcessVariable.of("planVersion", Long.class);

	static final ProcessVariable<String> PLAN_SUMMARY = ProcessVariable.of("planSummary", String.class);

	static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.of("reviewDecision", String.class);

	static final ProcessVariable<String> APPROVAL_DECISION = ProcessVariable.of("approvalDecision", String.class);

	static final ProcessVariable<String> APPROVAL_COMMENT = ProcessVariable.of("approvalComment", String.class);

	static final ProcessVariable<String> MARKET_ID = ProcessVariable.of("marketId", String.class);

	static final ProcessVariable<String> MARKET_PART = ProcessVariable.of("marketPart", String.class);

	static final ProcessVariable<String> MARKET_REVIEW_DECISION = ProcessVariable.of("marketReviewDecision",
			String.class);

	static final ProcessVariable<String> MARKET_REVIEW_COMMENT = ProcessVariable.of("marketReviewComment",
			String.class);

	static final ProcessVariable<String> MARKET_REVIEWS = ProcessVariable.of("marketReviews", String.class);

	static final ProcessVariable<String> REP_USER_ID = ProcessVariable.of("repUserId", String.class);

	static final ProcessVariable<String> QUOTA_TEXT = ProcessVariable.of("quotaText", String.class);

	private QuotaPlanProcess() {
	}

}
