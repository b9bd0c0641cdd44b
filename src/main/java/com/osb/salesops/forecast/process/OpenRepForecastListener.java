package com.osb.salesops.forecast.process;

import com.osb.salesops.shared.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

import org.springframework.stereotype.Component;

/**
 * Gives each rep's forecast its own lines, decision and comment variables, so that what
 * one rep or reviewer submits never lands on another rep's forecast.
 */
@Component
class OpenRepForecastListener implements ExecutionListener {

	@Override
	public void notify(DelegateExecution execution) {
		for (ProcessVariable<?> variable : SalesForecastProcess.REP_SCOPE) {
			execution.setVariableLocal(variable.name(), null);
		}
	}

}
