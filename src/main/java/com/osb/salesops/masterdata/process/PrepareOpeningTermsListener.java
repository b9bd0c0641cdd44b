package com.osb.salesops.masterdata.process;

import com.osb.salesops.credit.CreditDecisions;
import com.osb.salesops.credit.OpeningTerms;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.process.PaymentTermsText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.masterdata.process.CustomerAccountProcess.*;

/**
 * Shows finance the terms the credit rules give a customer with no history yet, with the
 * growth potential the sales manager set.
 */
@Component
class PrepareOpeningTermsListener implements TaskListener {

	private final CreditDecisions decisions;

	PrepareOpeningTermsListener(CreditDecisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void notify(DelegateTask task) {
		OpeningTerms terms = this.decisions.openingTerms(GROWTH_POTENTIAL.get(task));
		GRADE.set(task, terms.grade());
		CREDIT_LIMIT.set(task, terms.creditLimit());
		CREDIT_LIMIT_TEXT.set(task, MoneyText.of(terms.creditLimit()));
		PAYMENT_TERMS.set(task, terms.paymentTerms());
		PAYMENT_TERMS_TEXT.set(task, PaymentTermsText.of(terms.paymentTerms()));
		CREDIT_RULES.set(task, terms.rulesFired());
	}

}
