package com.osb.salesops.forecast.process;

import java.util.Date;

import com.osb.salesops.forecast.ForecastCycles;
import com.osb.salesops.forecast.OpenedCycle;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Opens the cycle of the month (the current one when the timer started it), or a rep's
 * revision, and sets the deadline and the day the manager is told of a missing forecast,
 * each at the end of its day in business time.
 */
@Component
class OpenForecastCycleDelegate implements JavaDelegate {

	private final ForecastCycles cycles;

	private final BusinessClock clock;

	OpenForecastCycleDelegate(ForecastCycles cycles, BusinessClock clock) {
		this.cycles = cycles;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String period = SalesForecastProcess.PERIOD.get(execution);
		if (period == null || period.isBlank()) {
			period = this.cycles.currentPeriod();
		}
		String repId = SalesForecastProcess.REP_ID.get(execution);
		String actor = (String) execution.getVariable("requestedBy");
		OpenedCycle opened = this.cycles.open(period, repId, (actor != null) ? actor : "system",
				execution.getProcessInstanceId());
		SalesForecastProcess.PERIOD.set(execution, opened.period());
		SalesForecastProcess.REP_ID.set(execution, (repId != null) ? repId : "");
		SalesForecastProcess.DEADLINE.set(execution, endOf(opened.deadline()));
		SalesForecastProcess.ESCALATE_AT.set(execution, endOf(opened.escalation()));
		SalesForecastProcess.DEADLINE_TEXT.set(execution, opened.deadline().toString());
		execution
			.setProcessBusinessKey("FC-" + opened.period() + ((repId != null && !repId.isBlank()) ? "-" + repId : ""));
	}

	private Date endOf(java.time.LocalDate day) {
		return Date.from(day.plusDays(1).atStartOfDay(this.clock.zone()).toInstant());
	}

}
