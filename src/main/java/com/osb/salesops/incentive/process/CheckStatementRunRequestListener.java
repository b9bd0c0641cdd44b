package com.osb.salesops.incentive.process;

import com.osb.salesops.incentive.PayrollExports;
import com.osb.salesops.incentive.model.Quarter;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Refuses a run for a period that is not a quarter, whose run is under way or whose
 * payouts finance approved already, while the person who asked still waits; names the run
 * after its period.
 */
@Component
class CheckStatementRunRequestListener implements ExecutionListener {

	private final PayrollExports exports;

	CheckStatementRunRequestListener(PayrollExports exports) {
		this.exports = exports;
	}

	@Override
	public void notify(DelegateExecution execution) {
		String period = IncentiveStatementRunProcess.PERIOD.get(execution);
		if (period == null || !period.trim().matches("\\d{4}-Q[1-4]")) {
			throw new FormFieldValidationException("period",
					Messages.text("field.form-quarter", "Give the quarter like 2026-Q3, not ''{0}''", period));
		}
		String quarter = Quarter.parse(period.trim()).toString();
		if (this.exports.approved(quarter)) {
			throw new FormFieldValidationException("period",
					Messages.text("field.form-payouts-approved", "The payouts of {0} are approved already", quarter));
		}
		boolean underWay = execution.getProcessEngineServices()
			.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(IncentiveStatementRunProcess.KEY)
			.processInstanceBusinessKey(quarter)
			.list()
			.stream()
			.anyMatch((run) -> !run.getId().equals(execution.getProcessInstanceId()));
		if (underWay) {
			throw new FormFieldValidationException("period", Messages.text("field.form-statement-run-under-way",
					"The statement run of {0} is under way", quarter));
		}
		IncentiveStatementRunProcess.PERIOD.set(execution, quarter);
		execution.setProcessBusinessKey(quarter);
	}

}
