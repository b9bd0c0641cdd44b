package com.osb.salesops.credit.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.ADJUSTMENT_APPROVER;
import static com.osb.salesops.credit.process.CreditAdjustmentProcess.REQUESTED_BY;

/**
 * Offers the approval to the members of the group the policy names, except the person who
 * asked: nobody approves their own adjustment. Only when nobody else is in the group does
 * the whole group see it (and the decision check still stops the requester).
 */
@Component
class AssignAdjustmentApproversListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String group = ADJUSTMENT_APPROVER.get(task);
		String requester = REQUESTED_BY.get(task);
		List<String> others = task.getProcessEngineServices()
			.getIdentityService()
			.createUserQuery()
			.memberOfGroup(group)
			.listPage(0, 200)
			.stream()
			.map(User::getId)
			.filter((user) -> !user.equals(requester))
			.toList();
		if (others.isEmpty()) {
			task.addCandidateGroup(group);
		}
		else {
			task.addCandidateUsers(others);
		}
	}

}
