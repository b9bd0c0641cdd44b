package com.osb.salesops.quota.process;

import com.osb.salesops.quota.QuotaPlans;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.PLAN_ID;

/**
 * Publishes the approved plan: from now on it is the plan of record for the year.
 */
@Component
class PublishQuotaPlanDelegate implements JavaDelegate {

	private final QuotaPlans plans;

	PublishQuotaPlanDelegate(QuotaPlans plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.plans.publish(PLAN_ID.get(execution));
	}

}
