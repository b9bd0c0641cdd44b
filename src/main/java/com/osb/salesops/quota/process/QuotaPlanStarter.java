package com.osb.salesops.quota.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.quota.PlanLineInput;
import com.osb.salesops.quota.QuotaPlanRefused;
import com.osb.salesops.quota.QuotaPlans;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static com.osb.salesops.quota.process.QuotaPlanProcess.*;

/**
 * Starts the quota plan process on uploaded inputs, as the authenticated user. The upload
 * and the first draft commit together: a refused draft keeps nothing of the upload.
 */
@Component
public class QuotaPlanStarter {

	private final QuotaPlans plans;

	private final RuntimeService runtimeService;

	QuotaPlanStarter(QuotaPlans plans, RuntimeService runtimeService) {
		this.plans = plans;
		this.runtimeService = runtimeService;
	}

	/**
	 * @return the new plan's id
	 * @throws QuotaPlanRefused when the plan cannot be drafted as asked
	 */
	@Transactional
	public String startUploaded(int year, long target, String seasonality, List<PlanLineInput> reps, String by) {
		String planId = this.plans.upload(year, target, seasonality, reps, by);
		Map<String, Object> variables = new HashMap<>();
		variables.put(PLAN_ID.name(), planId);
		variables.put(PLAN_YEAR.name(), (long) year);
		variables.put(TARGET.name(), target);
		variables.put(SEASONALITY_SOURCE.name(), seasonality);
		try {
			this.runtimeService.startProcessInstanceByKey(KEY, planId, variables);
		}
		catch (FormFieldValidationException ex) {
			if (ex.getCause() instanceof QuotaPlanRefused refused) {
				throw refused;
			}
			throw new QuotaPlanRefused(String.valueOf((Object) ex.getDetail()), "plan-field", "{0}", ex.getMessage());
		}
		return planId;
	}

}
