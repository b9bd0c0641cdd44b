package com.osb.salesops.receivables.process;

import com.osb.salesops.receivables.BadDebts;
import com.osb.salesops.receivables.BadDebts.Proposal;
import com.osb.salesops.shared.process.MoneyText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records finance's proposal and puts on the case what the approvers see: the amount
 * open, decided by the {@code write-off-approval-level} table as {@code writeOffAmount}.
 * An invoice with nothing open is refused on the start form.
 */
@Component
class RecordWriteOffProposalListener implements ExecutionListener {

	private final BadDebts badDebts;

	RecordWriteOffProposalListener(BadDebts badDebts) {
		this.badDebts = badDebts;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Proposal proposal;
		try {
			proposal = this.badDebts.propose(BadDebtWriteOffProcess.INVOICE_NUMBER.get(execution),
					BadDebtWriteOffProcess.REASON.get(execution), BadDebtWriteOffProcess.PROPOSED_BY.get(execution),
					execution.getProcessInstanceId());
		}
		catch (IllegalArgumentException ex) {
			throw new FormFieldValidationException("invoiceNumber", ex.getMessage());
		}
		execution.setVariable("writeOffAmount", proposal.amount());
		execution.setVariable("writeOffAmountText", MoneyText.of(proposal.amount()));
		execution.setVariable("customerName", proposal.customerName());
		execution.setVariable("invoiceIssueDate", proposal.issueDate().toString());
	}

}
