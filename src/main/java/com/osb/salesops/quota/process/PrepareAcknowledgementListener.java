package com.osb.salesops.quota.process;

import com.osb.salesops.quota.RepQuotaText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.PLAN_ID;
import static com.osb.salesops.quota.process.QuotaPlanProcess.QUOTA_TEXT;
import static com.osb.salesops.quota.process.QuotaPlanProcess.REP_USER_ID;

/**
 * Shows a rep, on the task that asks them to acknowledge it, their quota of the plan by
 * quarter, month and channel.
 */
@Component
class PrepareAcknowledgementListener implements TaskListener {

	private final RepQuotaText quotas;

	PrepareAcknowledgementListener(RepQuotaText quotas) {
		this.quotas = quotas;
	}

	@Override
	public void notify(DelegateTask task) {
		QUOTA_TEXT.setLocal(task, this.quotas.of(PLAN_ID.get(task), REP_USER_ID.get(task)));
	}

}
