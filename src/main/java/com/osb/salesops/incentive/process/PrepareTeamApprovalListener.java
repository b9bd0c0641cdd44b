package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.StatementRun;
import com.osb.salesops.incentive.TeamApprovals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.incentive.process.IncentiveStatementRunProcess.PERIOD;
import static com.osb.salesops.incentive.process.IncentiveStatementRunProcess.TEAM_APPROVER;
import static com.osb.salesops.incentive.process.IncentiveStatementRunProcess.TEAM_STATEMENTS;

/**
 * Shows a manager the statements of their team, each with the amount to pay and how its
 * review ended, with the link to the period's statements page, and names the task after
 * the period.
 */
@Component
class PrepareTeamApprovalListener implements TaskListener {

	private final TeamApprovals approvals;

	PrepareTeamApprovalListener(TeamApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void notify(DelegateTask task) {
		String period = PERIOD.get(task);
		task.setName(task.getName() + ": " + period);
		TEAM_STATEMENTS.setLocal(task, this.approvals.text(period, TEAM_APPROVER.get(task)));
		IncentiveStatementRunProcess.STATEMENT_PAGE_URL.setLocal(task, StatementRun.pageUrl(period));
	}

}
