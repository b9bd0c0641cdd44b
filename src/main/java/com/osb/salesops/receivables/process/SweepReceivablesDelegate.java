package com.osb.salesops.receivables.process;

import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** Runs the daily collections sweep as of today and keeps its counts on the instance. */
@Component
class SweepReceivablesDelegate implements JavaDelegate {

	private final CollectionsSweep sweep;

	private final BusinessClock clock;

	SweepReceivablesDelegate(CollectionsSweep sweep, BusinessClock clock) {
		this.sweep = sweep;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CollectionsSweep.Swept swept = this.sweep.sweep(this.clock.today());
		execution.setVariable("casesStarted", (long) swept.started());
		execution.setVariable("casesWoken", (long) swept.woken());
	}

}
