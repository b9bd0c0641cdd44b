package com.osb.salesops.returns.process;

import com.osb.salesops.returns.ReturnSettlement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.RETURN_NUMBER;

/** Closes the return and tells the rep and the customer what was credited. */
@Component
class CloseReturnDelegate implements JavaDelegate {

	private final ReturnSettlement settlement;

	CloseReturnDelegate(ReturnSettlement settlement) {
		this.settlement = settlement;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.settlement.close(RETURN_NUMBER.get(execution));
	}

}
