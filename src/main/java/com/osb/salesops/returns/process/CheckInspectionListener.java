package com.osb.salesops.returns.process;

import java.math.BigDecimal;

import com.osb.salesops.returns.ReturnSettlement;
import com.osb.salesops.returns.model.InspectionRefused;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.returns.process.OrderReturnProcess.*;

/**
 * Records the keeper's inspection of every returned line, or names each row that cannot
 * be read; the credit it gives decides whether finance issues a credit note.
 */
@Component
class CheckInspectionListener implements TaskListener {

	private final ReturnSettlement settlement;

	CheckInspectionListener(ReturnSettlement settlement) {
		this.settlement = settlement;
	}

	@Override
	public void notify(DelegateTask task) {
		BigDecimal credit;
		try {
			credit = this.settlement.inspect(RETURN_NUMBER.get(task), INSPECTION.get(task), ReturnActors.current(task));
		}
		catch (InspectionRefused ex) {
			throw new FormFieldValidationException("inspection", Messages.listed(ex.problems()));
		}
		catch (IllegalArgumentException ex) {
			throw new FormFieldValidationException("inspection", ex.getMessage());
		}
		CREDIT_DUE.set(task, credit.signum() > 0);
		CREDIT_AMOUNT_TEXT.set(task, MoneyText.of(credit));
	}

}
