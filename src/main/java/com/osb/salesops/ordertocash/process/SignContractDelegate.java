package com.osb.salesops.ordertocash.process;

import com.osb.salesops.ordertocash.contract.Contracts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Files the signed contract with how the signed copy came in.
 */
@Component
class SignContractDelegate implements JavaDelegate {

	private final Contracts contracts;

	SignContractDelegate(Contracts contracts) {
		this.contracts = contracts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.contracts.sign(ORDER_NUMBER.get(execution), SIGNED_COPY.get(execution), ProcessUsers.current(execution));
	}

}
