package com.osb.salesops.credit.process;

import com.osb.salesops.credit.CreditCustomers;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Refuses a refresh requested for a customer code that does not exist, while the person
 * who asked still waits for the answer.
 */
@Component
class CheckRefreshRequestListener implements ExecutionListener {

	private final CreditCustomers customers;

	CheckRefreshRequestListener(CreditCustomers customers) {
		this.customers = customers;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String code = CreditRefreshProcess.CUSTOMER_CODE.get(execution);
		if (code != null && !code.isBlank() && this.customers.byCode(code.trim()).isEmpty()) {
			throw new FormFieldValidationException("customerCode", Messages.text("field.form-no-active-customer",
					"There is no active customer with the code ''{0}''", code));
		}
	}

}
