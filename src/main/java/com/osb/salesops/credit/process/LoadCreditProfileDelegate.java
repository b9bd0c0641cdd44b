package com.osb.salesops.credit.process;

import java.math.BigDecimal;

import com.osb.salesops.credit.AdjustmentAmount;
import com.osb.salesops.credit.AdjustmentApprovals;
import com.osb.salesops.credit.CreditAdjustments;
import com.osb.salesops.credit.CreditCustomers;
import com.osb.salesops.credit.CreditCustomers.Customer;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.credit.process.CreditAdjustmentProcess.*;

/**
 * Checks the request and records it; the amount is carried on as an exact decimal text.
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
			.orElseThrow(() -> new FormFieldValidationException("customerCode", Messages
				.text("field.form-no-active-customer", "There is no active customer with the code ''{0}''", code)));
		BigDecimal amount = AdjustmentAmount.parse(execution.getVariable(MANUAL_ADJUSTMENT.name()));
		if (amount == null || amount.signum() == 0) {
			throw new FormFieldValidationException("manualAdjustment", Messages.text("field.form-adjustment-amount",
					"Give an amount other than zero, in CNY with at most two decimals, like -15000.00"));
		}
		String reason = REASON.get(execution);
		if (reason == null || reason.isBlank()) {
			throw new FormFieldValidationException("reason",
					Messages.text("field.form-limit-reason", "Say why the limit should change"));
		}
		MANUAL_ADJUSTMENT.set(execution, AdjustmentApprovals.cents(amount));
		CUSTOMER_ID.set(execution, customer.id());
		CUSTOMER_NAME.set(execution, customer.name());
		REQUEST_KIND.set(execution, "REQUEST");
		ADJUSTMENT_ID.set(execution, this.adjustments.request(customer.id(), amount, reason,
				REQUESTED_BY.get(execution), execution.getProcessInstanceId()));
	}

}
