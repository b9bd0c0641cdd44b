package com.osb.salesops.masterdata.process;

import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Applies the organisation changes whose day has come and keeps the counts on the
 * instance.
 */
@Component
class ApplyDueOrganisationChangesDelegate implements JavaDelegate {

	private final OrganisationChanges changes;

	private final BusinessClock clock;

	ApplyDueOrganisationChangesDelegate(OrganisationChanges changes, BusinessClock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int[] counts = this.changes.applyDue(this.clock.today());
		execution.setVariable("changesApplied", (long) counts[0]);
		execution.setVariable("changesFailed", (long) counts[1]);
	}

}
