package com.osb.salesops.customercare.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import com.osb.salesops.customercare.ContactCommand;
import com.osb.salesops.customercare.ContactRefused;
import com.osb.salesops.customercare.model.ContactType;
import com.osb.salesops.shared.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The customer contact process: a visit, call or meeting recorded, and its next step
 * offered to the customer's rep on its date.
 */
final class CustomerContactProcess {

	static final String KEY = "customer-contact";

	/** When on its day a task planned for a day appears. */
	static final LocalTime START_OF_DAY = LocalTime.of(9, 0);

	static final ProcessVariable<String> CUSTOMER_CODE = ProcessVariable.of("customerCode", String.class);

	static final ProcessVariable<String> CUSTOMER_NAME = ProcessVariable.of("customerName", String.class);

	static final ProcessVariable<Object> CONTACT_DATE = ProcessVariable.of("contactDate", Object.class);

	static final ProcessVariable<String> CONTACT_TYPE = ProcessVariable.of("contactType", String.class);

	static final ProcessVariable<String> CONTACTS_MET = ProcessVariable.of("contactsMet", String.class);

	static final ProcessVariable<String> NOTES = ProcessVariable.of("notes", String.class);

	static final ProcessVariable<String> NEXT_STEP = ProcessVariable.of("nextStep", String.class);

	static final ProcessVariable<Object> NEXT_STEP_DATE = ProcessVariable.of("nextStepDate", Object.class);

	static final ProcessVariable<Boolean> LOGISTICS_CONFIRMED = ProcessVariable.of("logisticsConfirmed", Boolean.class);

	static final ProcessVariable<String> RECORDED_BY = ProcessVariable.of("recordedBy", String.class);

	static final ProcessVariable<Long> CONTACT_ID = ProcessVariable.of("contactId", Long.class);

	static final ProcessVariable<String> REP_USER_ID = ProcessVariable.of("repUserId", String.class);

	/** When the next step is offered, {@code null} when there is none. */
	static final ProcessVariable<Date> NEXT_STEP_DUE = ProcessVariable.of("nextStepDue", Date.class);

	static final ProcessVariable<String> NEXT_STEP_OUTCOME = ProcessVariable.of("nextStepOutcome", String.class);

	private CustomerContactProcess() {
	}

	/** The contact the variables describe, as the form or the API gave it. */
	static ContactCommand contact(VariableScope scope) {
		String type = CONTACT_TYPE.get(scope);
		ContactType contactType = null;
		try {
			contactType = (type != null && !type.isBlank()) ? ContactType.valueOf(type) : null;
		}
		catch (IllegalArgumentException ex) {
			throw new ContactRefused("contactType", "contact-type", "Choose visit, call or meeting");
		}
		return new ContactCommand(CUSTOMER_CODE.get(scope), date(scope, CONTACT_DATE), contactType,
				CONTACTS_MET.get(scope), NOTES.get(scope), NEXT_STEP.get(scope), date(scope, NEXT_STEP_DATE),
				Boolean.TRUE.equals(LOGISTICS_CONFIRMED.get(scope)));
	}

	/** Who completes the task: the caller, else its assignee. */
	static String actor(DelegateTask task) {
		Authentication caller = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (caller != null && caller.getUserId() != null) ? caller.getUserId() : task.getAssignee();
	}

	/** The moment a task planned for the day appears, in business time. */
	static Date startOf(LocalDate day, ZoneId zone) {
		return Date.from(day.atTime(START_OF_DAY).atZone(zone).toInstant());
	}

	private static LocalDate date(VariableScope scope, ProcessVariable<Object> variable) {
		Object value = variable.get(scope);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
		}
		catch (DateTimeParseException ex) {
			throw new ContactRefused(variable.name(), "contact-date-format", "Give a date like 2026-11-16");
		}
	}

}
