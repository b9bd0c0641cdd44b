package com.osb.salesops.returns.process;

import com.osb.salesops.returns.Returns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.RETURN_NUMBER;

/** Ends a rejected return and tells the rep why. */
@Component
class RecordReturnRejectionDelegate implements JavaDelegate {

	private final Returns returns;

	RecordReturnRejectionDelegate(Returns returns) {
		this.returns = returns;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.returns.rejected(RETURN_NUMBER.get(execution));
	}

}
