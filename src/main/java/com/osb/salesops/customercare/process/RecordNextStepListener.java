package com.osb.salesops.customercare.process;

import com.osb.salesops.customercare.CustomerContacts;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import static com.osb.salesops.customercare.process.CustomerContactProcess.*;

/**
 * Audits the next step the rep took, with what came of it.
 */
@Component
class RecordNextStepListener implements TaskListener {

	private final CustomerContacts contacts;

	RecordNextStepListener(CustomerContacts contacts) {
		this.contacts = contacts;
	}

	@Override
	public void notify(DelegateTask task) {
		this.contacts.nextStepTaken(CUSTOMER_CODE.get(task), CONTACT_ID.get(task), NEXT_STEP_OUTCOME.get(task),
				CustomerContactProcess.actor(task));
	}

}
