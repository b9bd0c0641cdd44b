package com.osb.salesops.returns.process;

import com.osb.salesops.returns.ReturnSettlement;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.*;

/**
 * Issues the return's credit note through finance, once: it reduces the open invoice
 * first, the rest is customer credit.
 */
@Component
class IssueCreditNoteDelegate implements JavaDelegate {

	private final ReturnSettlement settlement;

	IssueCreditNoteDelegate(ReturnSettlement settlement) {
		this.settlement = settlement;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CREDIT_NOTE_NUMBER.set(execution, this.settlement.issueCreditNote(RETURN_NUMBER.get(execution)));
	}

}
