package com.osb.salesops.shared.process;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Names each new task after what it is about, so that a task card in Tasklist says which
 * order it concerns without opening it: "Approve order: SC20261116DD0001, Acme Trading,
 * 2,400.00 CNY", or which payment: "Allocate payment: BANK-0815, 700.00 CNY". A task
 * whose process has none of those facts keeps its name.
 */
class TaskSubjectListener implements TaskListener {

	/** The variables that say what a task is about, in the order they are named. */
	static final List<String> SUBJECT = List.of("orderNumber", "invoiceNumber", "paymentReference", "customerName",
			"orderTotalText", "openAmountText", "paymentAmountText");

	/** The most a task's name holds (the engine's column is 255 characters). */
	private static final int MAX_NAME = 255;

	@Override
	public void notify(DelegateTask task) {
		String subject = SUBJECT.stream()
			.map(task::getVariable)
			.filter(Objects::nonNull)
			.map(Object::toString)
			.filter((value) -> !value.isBlank())
			.collect(Collectors.joining(", "));
		String name = task.getName();
		if (subject.isEmpty() || name == null || name.contains(subject)) {
			return;
		}
		String named = name + ": " + subject;
		task.setName((named.length() > MAX_NAME) ? named.substring(0, MAX_NAME) : named);
	}

}
