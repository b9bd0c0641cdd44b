package com.osb.salesops.quota.process;

import com.osb.salesops.quota.QuotaPlans;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.quota.process.QuotaPlanProcess.*;

/**
 * Refuses a plan request without a year or with a target that is not a positive multiple
 * of 100, while the person who asked still waits for the answer.
 */
@Component
class CheckPlanRequestListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		Long year = PLAN_YEAR.get(execution);
		if (year == null || year < 2000 || year > 2999) {
			throw new FormFieldValidationException("planYear",
					Messages.text("field.form-plan-year", "Give the plan year, e.g. 2027"));
		}
		Long target = TARGET.get(execution);
		if (target == null || target <= 0 || target % 100 != 0) {
			throw new FormFieldValidationException("target",
					Messages.text("field.form-target", "The target must be a positive multiple of 100"));
		}
		String source = SEASONALITY_SOURCE.get(execution);
		if (source == null || source.isBlank()) {
			SEASONALITY_SOURCE.set(execution, QuotaPlans.SEASONALITY_LAST_YEAR);
		}
		else if (!QuotaPlans.SEASONALITY_LAST_YEAR.equals(source) && !QuotaPlans.SEASONALITY_EQUAL.equals(source)) {
			throw new FormFieldValidationException("seasonalitySource",
					Messages.text("field.form-seasonality", "Choose LAST_YEAR or EQUAL"));
		}
	}

}
