package com.osb.salesops.shared.process;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A condition a task must meet before anyone completes it, beyond the fields of its form
 * (a file uploaded, for instance). A check that is not met throws
 * {@code FormFieldValidationException} with a message for the person: the completion is
 * refused before it starts, which the REST API and Tasklist answer 400 with that message,
 * and nothing changes.
 */
public interface TaskCompletionCheck {

	void check(DelegateTask task);

}
