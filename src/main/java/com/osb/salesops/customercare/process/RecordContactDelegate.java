package com.osb.salesops.customercare.process;

import com.osb.salesops.customercare.ContactRefused;
import com.osb.salesops.customercare.CustomerContacts;
import com.osb.salesops.customercare.CustomerContacts.Recorded;
import com.osb.salesops.shared.time.BusinessClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

import static com.osb.salesops.customercare.process.CustomerContactProcess.*;

/**
 * Records the visit, call or meeting and plans its next step. A contact with a problem is
 * refused at once, naming every problem, and nothing is kept.
 */
@Component
class RecordContactDelegate implements JavaDelegate {

	private final CustomerContacts contacts;

	private final BusinessClock clock;

	RecordContactDelegate(CustomerContacts contacts, BusinessClock clock) {
		this.contacts = contacts;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Recorded recorded;
		try {
			recorded = this.contacts.record(contact(execution), RECORDED_BY.get(execution));
		}
		catch (ContactRefused refused) {
			throw new FormFieldValidationException(refused.firstField(), refused.getMessage(), refused);
		}
		CONTACT_ID.set(execution, recorded.contactId());
		CUSTOMER_NAME.set(execution, recorded.customerName());
		REP_USER_ID.set(execution, recorded.repUserId());
		NEXT_STEP_DUE.set(execution,
				(recorded.nextStepDate() != null) ? startOf(recorded.nextStepDate(), this.clock.zone()) : null);
	}

}
