package com.osb.salesops.credit.process;

import com.osb.salesops.credit.CreditCustomers;
import com.osb.salesops.credit.CreditRating;
import com.osb.salesops.credit.CreditRating.RefreshSummary;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Rates every active customer, or the one asked for, as of today's business date.
 */
@Component
class ReEvaluateCustomersDelegate implements JavaDelegate {

	private final CreditRating rating;

	private final CreditCustomers customers;

	private final BusinessClock clock;

	ReEvaluateCustomersDelegate(CreditRating rating, CreditCustomers customers, BusinessClock clock) {
		this.rating = rating;
		this.customers = customers;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String code = CreditRefreshProcess.CUSTOMER_CODE.get(execution);
		Long customerId = (code == null || code.isBlank()) ? null
				: this.customers.byCode(code.trim()).orElseThrow().id();
		RefreshSummary summary = this.rating.refresh(customerId, this.clock.today(), execution.getProcessInstanceId());
		CreditRefreshProcess.RATED_COUNT.set(execution, (long) summary.rated());
		CreditRefreshProcess.REVIEW_COUNT.set(execution, (long) summary.reviews());
	}

}
