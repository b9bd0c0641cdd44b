package com.osb.salesops.quota.process;

import com.osb.salesops.quota.QuotaPlans;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.PLAN_ID;
import static com.osb.salesops.quota.process.QuotaPlanProcess.REP_USER_ID;

/**
 * Records that a rep acknowledged their quota.
 */
@Component
class RecordAcknowledgementListener implements TaskListener {

	private final QuotaPlans plans;

	RecordAcknowledgementListener(QuotaPlans plans) {
		this.plans = plans;
	}

	@Override
	public void notify(DelegateTask task) {
		this.plans.acknowledge(PLAN_ID.get(task), REP_USER_ID.get(task));
	}

}
