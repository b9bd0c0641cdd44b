package com.osb.salesops.returns.process;

import com.osb.salesops.returns.Returns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.*;

/**
 * Asks the decision return-approval-level who approves the return; the rule that fired is
 * recorded with its inputs.
 */
@Component
class DetermineReturnApprovalLevelDelegate implements JavaDelegate {

	private final Returns returns;

	DetermineReturnApprovalLevelDelegate(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		APPROVAL_LEVEL.set(execution,
				this.returns.approvalLevel(RETURN_NUMBER.get(execution), execution.getProcessInstanceId()));
	}

}
