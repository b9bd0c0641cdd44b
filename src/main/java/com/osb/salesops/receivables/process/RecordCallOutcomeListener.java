package com.osb.salesops.receivables.process;

import java.time.LocalDate;
import java.util.Date;

import com.osb.salesops.receivables.CollectionCases;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records what came of the rep's call. A promise needs a date not in the past and pauses
 * the case until the day after it (00:00 business time); a dispute pauses it until sales
 * ops close the dispute.
 */
@Component
class RecordCallOutcomeListener implements TaskListener {

	private final CollectionCases cases;

	private final BusinessClock clock;

	RecordCallOutcomeListener(CollectionCases cases, BusinessClock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		String number = CollectionsProcess.INVOICE_NUMBER.get(task);
		String outcome = CollectionsProcess.CALL_OUTCOME.get(task);
		LocalDate promised = null;
		if ("PROMISED".equals(outcome)) {
			promised = promisedDate(task);
			CollectionsProcess.PROMISE_RESUMES_AT.set(task,
					Date.from(promised.plusDays(1).atStartOfDay(this.clock.zone()).toInstant()));
		}
		String status = "PROMISED".equals(outcome) ? CollectionCases.PROMISED
				: "DISPUTE".equals(outcome) ? CollectionCases.DISPUTED : CollectionCases.OPEN;
		this.cases.setStatus(number, status, promised);
		String note = CollectionsProcess.CALL_NOTE.get(task);
		this.cases.recordOutcome(number, "CALL_TASK", outcome,
				((promised != null) ? "promised " + promised + ((note != null) ? "; " : "") : "")
						+ ((note != null) ? note : ""),
				task.getAssignee());
	}

	private LocalDate promisedDate(DelegateTask task) {
		Object value = CollectionsProcess.PROMISED_DATE.get(task);
		LocalDate promised;
		try {
			promised = (value instanceof Date date) ? LocalDate.ofInstant(date.toInstant(), this.clock.zone())
					: LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
		}
		catch (RuntimeException ex) {
			throw new FormFieldValidationException("promisedDate",
					Messages.text("field.form-promised-date", "A promise needs the date the customer will pay"));
		}
		if (promised.isBefore(this.clock.today())) {
			throw new FormFieldValidationException("promisedDate",
					Messages.text("field.form-promised-in-past", "The promised date cannot be in the past"));
		}
		return promised;
	}

}
