package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * A step's own check of what a person submitted (a task listener that refuses a rejection
 * without its reason, an inspection sheet that does not add up) refuses the submission as
 * the form's own validation does: the engine wraps what a listener throws in an error of
 * its own ("There was an exception while invoking the TaskListener"), which the REST API
 * and Tasklist would answer 500; the refusal inside it is thrown instead, answered 400
 * with the step's message. The command's transaction rolls back either way, so nothing
 * changes.
 */
class StepRefusals extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		try {
			return this.next.execute(command);
		}
		catch (RuntimeException ex) {
			FormFieldValidationException refusal = refusalIn(ex);
			throw (refusal != null) ? refusal : ex;
		}
	}

	/** The refusal a listener threw, when the engine wrapped it; else none. */
	static FormFieldValidationException refusalIn(Throwable thrown) {
		if (thrown instanceof FormFieldValidationException) {
			return null;
		}
		for (Throwable cause = thrown.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof FormFieldValidationException refusal) {
				return refusal;
			}
		}
		return null;
	}

}
