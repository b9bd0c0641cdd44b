package com.osb.salesops.approvals.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * One round of the task-deadlines process: reminders, escalations and substitutions that
 * are due.
 */
@Component
class ChaseOverdueTasksDelegate implements JavaDelegate {

	private final TaskChaser chaser;

	ChaseOverdueTasksDelegate(TaskChaser chaser) {
		this.chaser = chaser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.chaser.chase();
	}

}
