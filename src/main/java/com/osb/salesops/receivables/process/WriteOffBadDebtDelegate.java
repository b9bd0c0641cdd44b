package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.BadDebts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Writes off the approved amount; the invoice's collections case ends with it. */
@Component
class WriteOffBadDebtDelegate implements JavaDelegate {

	private final BadDebts badDebts;

	WriteOffBadDebtDelegate(BadDebts badDebts) {
		this.badDebts = badDebts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.badDebts.writeOffApproved(execution.getProcessInstanceId(),
				BadDebtWriteOffProcess.INVOICE_NUMBER.get(execution));
	}

}
