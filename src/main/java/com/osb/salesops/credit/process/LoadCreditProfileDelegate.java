package com.osb.salesops.credit.process;

import java.math.BigDecimal;

import com.osb.salesops.credit.CreditAdjustments;
import com.osb.salesops.credit.CreditCustomers;
import com.osb.salesops.credit.CreditCustomers.Customer;
import com.osb.salesops.credit.model.CreditProfile;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Checks the request and loads the customer's formula limit, which decides the approver.
 */
@Component
class LoadCreditProfileDelegate implements JavaDelegate {

	private final CreditCustomers customers;

	private final CreditAdjustments adjustments;

	LoadCreditProfileDelegate(CreditCustomers customers, CreditAdjustments adjustments) {
		this.customers = customers;
		this.adjustments = adjustments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String code = CUSTOMER_CODE.get(execution);
		Customer customer = this.customers.byCode((code != null) ? code.trim() : "")
			.orElseThrow(() -> new FormFieldValidationException("customerCode",
					"There is no active customer with the code '" + code + "'"));
		Double amount = MANUAL_ADJUSTMENT.get(execution);
		if (amount == null || amount == 0) {
			throw new FormFieldValidationException("manualAdjustment", "Give an amount other than zero");
		}
		String reason = REASON.get(execution);
		if (reason == null || reason.isBlank()) {
			throw new FormFieldValidationException("reason", "Say why the limit should change");
		}
		CreditProfile profile = this.adjustments.profile(customer.id());
		CUSTOMER_ID.set(execution, customer.id());
		CUSTOMER_NAME.set(execution, customer.name());
		GRADE.set(execution, profile.grade());
		FORMULA_LIMIT.set(execution, profile.formulaLimit().doubleValue());
		CREDIT_LIMIT.set(execution, profile.creditLimit().doubleValue());
		ADJUSTMENT_ID.set(execution, this.adjustments.request(customer.id(), BigDecimal.valueOf(amount), reason,
				REQUESTED_BY.get(execution), execution.getProcessInstanceId()));
	}

}
