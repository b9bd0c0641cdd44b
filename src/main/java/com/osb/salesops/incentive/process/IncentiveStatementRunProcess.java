package com.osb.salesops.incentive.process;

import com.osb.salesops.shared.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The statement run process: its key, elements and variables. The variables of one rep's
 * review live in that rep's instance of the review sub-process.
 */
final class IncentiveStatementRunProcess {

	static final String KEY = "incentive-statement-run";

	static final ProcessVariable<String> PERIOD = ProcessVariable.of("period", String.class);

	static final ProcessVariable<String> REGION_ID = ProcessVariable.of("regionId", String.class);

	static final ProcessVariable<String> REP_ID = ProcessVariable.of("repId", String.class);

	static final ProcessVariable<Long> MANAGER_STATEMENT_COUNT = ProcessVariable.of("managerStatementCount",
			Long.class);

	static final ProcessVariable<String> STATEMENT_TEXT = ProcessVariable.of("statementText", String.class);

	static final ProcessVariable<String> PAYOUT = ProcessVariable.of("payout", String.class);

	/** Where the task's form links to the whole statement, on the statements page. */
	static final ProcessVariable<String> STATEMENT_PAGE_URL = ProcessVariable.of("statementPageUrl", String.class);

	static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.of("reviewDecision", String.class);

	/** The disputed lines, one a row: {@code 3: reason}. */
	static final ProcessVariable<String> DISPUTED_LINES = ProcessVariable.of("disputedLines", String.class);

	/** Sales ops' decision on each disputed line: {@code 3: ADJUST 500.00 reason}. */
	static final ProcessVariable<String> LINE_DECISIONS = ProcessVariable.of("lineDecisions", String.class);

	static final ProcessVariable<String> DISPUTED_LINES_TEXT = ProcessVariable.of("disputedLinesText", String.class);

	static final ProcessVariable<String> RUN_SUMMARY = ProcessVariable.of("runSummary", String.class);

	static final ProcessVariable<String> RUN_APPROVAL_COMMENT = ProcessVariable.of("runApprovalComment", String.class);

	static final ProcessVariable<String> TEAM_APPROVER = ProcessVariable.of("teamApprover", String.class);

	static final ProcessVariable<String> TEAM_STATEMENTS = ProcessVariable.of("teamStatements", String.class);

	static final ProcessVariable<String> TEAM_APPROVAL_DECISION = ProcessVariable.of("teamApprovalDecision",
			String.class);

	static final ProcessVariable<String> TEAM_APPROVAL_COMMENT = ProcessVariable.of("teamApprovalComment",
			String.class);

	static final ProcessVariable<Long> EXPORTED_COUNT = ProcessVariable.of("exportedCount", Long.class);

	/**
	 * Variables each rep's review keeps to itself, so that parallel reviews never mix.
	 */
	static final ProcessVariable<?>[] REVIEW_SCOPE = { REVIEW_DECISION, DISPUTED_LINES, LINE_DECISIONS };

	private IncentiveStatementRunProcess() {
	}

	/** The user completing the task: the one logged in, else the assignee. */
	static String actor(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (authentication != null) ? authentication.getUserId() : task.getAssignee();
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
