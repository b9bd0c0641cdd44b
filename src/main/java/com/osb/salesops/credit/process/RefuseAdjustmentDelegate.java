package com.osb.salesops.credit.process;

import java.math.BigDecimal;
import java.util.Locale;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.FORMULA_LIMIT;
import static com.osb.salesops.credit.process.CreditAdjustmentProcess.MANUAL_ADJUSTMENT;

/**
 * Refuses an adjustment that no approver may grant under the policy. The request is
 * answered with the reason and nothing of it is kept.
 */
@Component
class RefuseAdjustmentDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		throw new FormFieldValidationException("manualAdjustment",
				Messages.text("field.form-adjustment-outside-policy",
						"An adjustment of {0} is outside what the credit policy allows for a formula limit of {1}"
								+ " (see decision credit-adjustment-approver)",
						String.format(Locale.ROOT, "%,.2f", new BigDecimal(MANUAL_ADJUSTMENT.get(execution))),
						String.format(Locale.ROOT, "%,.2f", new BigDecimal(FORMULA_LIMIT.get(execution)))));
	}

}
