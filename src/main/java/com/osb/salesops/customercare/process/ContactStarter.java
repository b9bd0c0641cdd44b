package com.osb.salesops.customercare.process;

import java.util.HashMap;
import java.util.Map;

import com.osb.salesops.customercare.ContactCommand;
import com.osb.salesops.customercare.ContactRefused;
import com.osb.salesops.shared.web.FieldError;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

import org.springframework.stereotype.Component;

/**
 * Records a visit, call or meeting for the API through the same process as the Tasklist
 * form, so that its next step is offered the same way.
 */
@Component
public class ContactStarter {

	private final RuntimeService runtimeService;

	ContactStarter(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/**
	 * @return the contact's number
	 * @throws ContactRefused naming the problem; nothing is recorded then
	 */
	public long start(ContactCommand contact, String userId) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CustomerContactProcess.CUSTOMER_CODE.name(), contact.customerCode());
		variables.put(CustomerContactProcess.CONTACT_DATE.name(), text(contact.contactDate()));
		variables.put(CustomerContactProcess.CONTACT_TYPE.name(), text(contact.contactType()));
		variables.put(CustomerContactProcess.CONTACTS_MET.name(), contact.contactsMet());
		variables.put(CustomerContactProcess.NOTES.name(), contact.notes());
		variables.put(CustomerContactProcess.NEXT_STEP.name(), contact.nextStep());
		variables.put(CustomerContactProcess.NEXT_STEP_DATE.name(), text(contact.nextStepDate()));
		variables.put(CustomerContactProcess.LOGISTICS_CONFIRMED.name(), contact.logisticsConfirmed());
		variables.put(CustomerContactProcess.RECORDED_BY.name(), userId);
		try {
			return (Long) this.runtimeService.createProcessInstanceByKey(CustomerContactProcess.KEY)
				.setVariables(variables)
				.executeWithVariablesInReturn()
				.getVariables()
				.get(CustomerContactProcess.CONTACT_ID.name());
		}
		catch (FormFieldValidationException ex) {
			if (ex.getCause() instanceof ContactRefused refused) {
				throw refused;
			}
			Object field = ex.getDetail();
			String name = (field != null) ? field.toString() : "contact";
			throw new ContactRefused(Map.of(name, new FieldError(name, ex.getMessage(), "form-field")));
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
