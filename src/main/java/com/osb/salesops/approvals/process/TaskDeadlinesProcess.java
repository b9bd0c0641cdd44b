package com.osb.salesops.approvals.process;

/**
 * The process that chases overdue tasks: a timer start event every few minutes runs one
 * round as an engine job, on one node of a cluster at a time, and a round missed while
 * the application was down runs when it is back.
 */
final class TaskDeadlinesProcess {

	static final String KEY = "task-deadlines";

	static final String START = "StartEvent_EveryFiveMinutes";

	private TaskDeadlinesProcess() {
	}

}
