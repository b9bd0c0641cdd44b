package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.contract.Contracts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Drafts the contract (HT) from the order for the assistant to review.
 */
@Component
class PrepareContractDelegate implements JavaDelegate {

	private final Contracts contracts;

	PrepareContractDelegate(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CONTRACT_NUMBER.set(execution, this.contracts.prepare(ORDER_NUMBER.get(execution)));
	}

}
