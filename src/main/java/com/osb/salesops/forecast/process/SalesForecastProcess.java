package com.osb.salesops.forecast.process;

import com.osb.salesops.shared.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The monthly forecast cycle: its key, elements and variables. The variables of one rep's
 * forecast live in that rep's instance of the sub-process.
 */
final class SalesForecastProcess {

	static final String KEY = "sales-forecast";

	static final String TASK_SUBMIT = "Task_SubmitForecast";

	static final String TASK_REVISE = "Task_ReviseForecast";

	static final String TASK_REVIEW = "Task_ReviewForecast";

	static final String TASK_APPROVE = "Task_ApproveRegionForecast";

	static final ProcessVariable<String> PERIOD = ProcessVariable.of("period", String.class);

	/** The rep whose approved forecast is revised; empty for a whole cycle. */
	static final ProcessVariable<String> REP_ID = ProcessVariable.of("repId", String.class);

	static final ProcessVariable<java.util.Date> DEADLINE = ProcessVariable.of("deadline", java.util.Date.class);

	static final ProcessVariable<java.util.Date> ESCALATE_AT = ProcessVariable.of("escalateAt", java.util.Date.class);

	static final ProcessVariable<String> DEADLINE_TEXT = ProcessVariable.of("deadlineText", String.class);

	static final ProcessVariable<String> SUBMISSION_ID = ProcessVariable.of("submissionId", String.class);

	static final ProcessVariable<String> REGION_ID = ProcessVariable.of("regionId", String.class);

	static final ProcessVariable<String> FORECAST_LINES = ProcessVariable.of("forecastLines", String.class);

	static final ProcessVariable<String> FORECAST_TEXT = ProcessVariable.of("forecastText", String.class);

	static final ProcessVariable<String> MONTHS_TEXT = ProcessVariable.of("monthsText", String.class);

	static final ProcessVariable<String> REVIEW_DECISION = ProcessVariable.of("reviewDecision", String.class);

	static final ProcessVariable<String> REVIEW_COMMENT = ProcessVariable.of("reviewComment", String.class);

	static final ProcessVariable<String> APPROVAL_COMMENT = ProcessVariable.of("approvalComment", String.class);

	/**
	 * Variables each rep's forecast keeps to itself, so that parallel forecasts never
	 * mix.
	 */
	static final ProcessVariable<?>[] REP_SCOPE = { FORECAST_LINES, REVIEW_DECISION, REVIEW_COMMENT };

	private SalesForecastProcess() {
	}

	/** The user completing the task: the one logged in, else the assignee. */
	static String actor(DelegateTask task) {
		var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (authentication != null) ? authentication.getUserId() : task.getAssignee();
	}

	static long submissionId(org.camunda.bpm.engine.delegate.VariableScope scope) {
		return Long.parseLong(SUBMISSION_ID.get(scope));
	}

}
