package com.osb.salesops.ordertocash.process;

import com.osb.salesops.credit.CreditCheckResult;
import com.osb.salesops.ordertocash.order.OrderCredit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.ordertocash.process.OrderToRemittanceProcess.*;

/**
 * Runs the order credit check; the result decides the route, and its rules are kept for
 * the forms.
 */
@Component
class CheckCreditDelegate implements JavaDelegate {

	private final OrderCredit credit;

	CheckCreditDelegate(OrderCredit credit) {
		this.credit = credit;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CreditCheckResult result = this.credit.check(ORDER_NUMBER.get(execution), execution.getProcessInstanceId());
		CREDIT_RESULT.set(execution, result.creditResult());
		HOLD_REASON.set(execution, result.holdReason());
		GRADE.set(execution, result.grade());
		PAYMENT_TERMS.set(execution, "PREPAY".equals(result.creditResult()) ? "PREPAY" : result.paymentTerms());
		EXPOSURE.set(execution, result.exposure());
		EXPOSURE_TEXT.set(execution, Money.text(result.exposure()));
		CREDIT_LIMIT.set(execution, result.creditLimit());
		CREDIT_LIMIT_TEXT.set(execution, Money.text(result.creditLimit()));
		CREDIT_RULES.set(execution, result.explanation());
	}

}
