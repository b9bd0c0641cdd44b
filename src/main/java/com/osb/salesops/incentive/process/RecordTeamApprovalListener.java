package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.TeamApprovals;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.incentive.process.IncentiveStatementRunProcess.*;

/**
 * Records the manager's approval of every statement of their team.
 */
@Component
class RecordTeamApprovalListener implements TaskListener {

	private final TeamApprovals approvals;

	RecordTeamApprovalListener(TeamApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void notify(DelegateTask task) {
		if (!"APPROVE".equals(TEAM_APPROVAL_DECISION.get(task))) {
			throw new FormFieldValidationException("teamApprovalDecision",
					Messages.text("field.form-team-approve", "Choose APPROVE"));
		}
		this.approvals.approve(PERIOD.get(task), TEAM_APPROVER.get(task), actor(task), TEAM_APPROVAL_COMMENT.get(task));
	}

}
