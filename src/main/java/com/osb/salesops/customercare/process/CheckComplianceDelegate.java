package com.osb.salesops.customercare.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Scores each rep's customers and opens, updates or closes the rep's task.
 */
@Component
class CheckComplianceDelegate implements JavaDelegate {

	private final RepComplianceTasks tasks;

	CheckComplianceDelegate(RepComplianceTasks tasks) {
		this.tasks = tasks;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.tasks.check();
	}

}
