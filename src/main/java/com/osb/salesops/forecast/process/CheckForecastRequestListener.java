package com.osb.salesops.forecast.process;

import com.osb.salesops.forecast.ForecastCycles;
import com.osb.salesops.forecast.ForecastRefused;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Refuses a cycle started by hand for a month that is opened already, or a revision of a
 * rep without an approved forecast, while the person who asked still waits.
 */
@Component
class CheckForecastRequestListener implements ExecutionListener {

	private final ForecastCycles cycles;

	CheckForecastRequestListener(ForecastCycles cycles) {
		this.cycles = cycles;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String repId = SalesForecastProcess.REP_ID.get(execution);
		if (execution.getVariable("requestedBy") == null) {
			// the monthly schedule: a cycle opened by hand already takes only the reps it
			// left out
			SalesForecastProcess.REP_ID.set(execution, "");
			return;
		}
		try {
			String period = this.cycles.checkRequest(SalesForecastProcess.PERIOD.get(execution), repId);
			SalesForecastProcess.PERIOD.set(execution, period);
			SalesForecastProcess.REP_ID.set(execution, (repId != null) ? repId.trim() : "");
		}
		catch (ForecastRefused ex) {
			throw new FormFieldValidationException(ex.problems().get(0).field(), ex.getMessage());
		}
	}

}
