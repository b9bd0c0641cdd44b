package com.osb.salesops.returns.process;

import com.osb.salesops.returns.ReturnSettlement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.RETURN_NUMBER;

/**
 * Hands the inspected goods to the warehouse: units accepted to stock are on hand again.
 */
@Component
class ReceiveReturnedGoodsDelegate implements JavaDelegate {

	private final ReturnSettlement settlement;

	ReceiveReturnedGoodsDelegate(ReturnSettlement settlement) {
		this.settlement = settlement;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.settlement.receiveGoods(RETURN_NUMBER.get(execution));
	}

}
