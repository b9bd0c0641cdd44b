package com.osb.salesops.quota.process;

import com.osb.salesops.quota.PlanDraft;
import com.osb.salesops.quota.QuotaPlanRefused;
import com.osb.salesops.quota.QuotaPlans;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.*;

/**
 * Allocates the target and keeps the plan as a draft; a target the fairness bounds cannot
 * meet is refused to the person who asked, naming the bound that binds.
 */
@Component
class DraftQuotaPlanDelegate implements JavaDelegate {

	private final QuotaPlans plans;

	DraftQuotaPlanDelegate(QuotaPlans plans) {
		this.plans = plans;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PlanDraft draft;
		try {
			draft = this.plans.draft(PLAN_ID.get(execution), PLAN_YEAR.get(execution).intValue(), TARGET.get(execution),
					SEASONALITY_SOURCE.get(execution), REQUESTED_BY.get(execution));
		}
		catch (QuotaPlanRefused ex) {
			throw new FormFieldValidationException(ex.field(), ex.getMessage(), ex);
		}
		PLAN_ID.set(execution, draft.planId());
		PLAN_VERSION.set(execution, (long) draft.version());
		PLAN_SUMMARY.set(execution, draft.summary());
		execution.setProcessBusinessKey(draft.planId());
	}

}
