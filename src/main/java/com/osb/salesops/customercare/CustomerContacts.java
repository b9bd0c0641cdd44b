package com.osb.salesops.customercare;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.osb.salesops.masterdata.CustomerCareFile;
import com.osb.salesops.masterdata.CustomerCareFiles;
import com.osb.salesops.masterdata.SalesOrganisation;
import com.osb.salesops.masterdata.UserAccounts;
import com.osb.salesops.shared.audit.AuditLog;
import com.osb.salesops.shared.time.BusinessClock;
import com.osb.salesops.shared.web.FieldError;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits, calls and meetings with customers, recorded by the customer's rep or by a sales
 * assistant. A rep works on their own customers only. Each is audited.
 */
@Service
public class CustomerContacts {

	private final CustomerCareFiles files;

	private final SalesOrganisation organisation;

	private final ContactLog log;

	private final AuditLog audit;

	private final BusinessClock clock;

	private final ComplianceSummary compliance;

	private final UserAccounts people;

	CustomerContacts(CustomerCareFiles files, SalesOrganisation organisation, ContactLog log, AuditLog audit,
			BusinessClock clock, ComplianceSummary compliance, UserAccounts people) {
		this.people = people;
		this.files = files;
		this.organisation = organisation;
		this.log = log;
		this.audit = audit;
		this.clock = clock;
		this.compliance = compliance;
	}

	/** The customer if the user may work on it: a rep their own customers, others any. */
	public Optional<CustomerCareFile> visible(String customerCode, String userId) {
		if (customerCode == null) {
			return Optional.empty();
		}
		Optional<String> rep = this.organisation.repOfUser(userId);
		return this.files.find(customerCode).filter((file) -> rep.isEmpty() || rep.get().equals(file.repId()));
	}

	/**
	 * The customer's visits, calls and meetings, newest first, each with the name of who
	 * recorded it in the reader's words.
	 */
	public List<ContactEntry> contacts(CustomerCareFile customer) {
		Locale language = LocaleContextHolder.getLocale();
		Map<String, String> names = new HashMap<>();
		return this.log.of(customer.id())
			.stream()
			.map((entry) -> entry.recordedByName(
					names.computeIfAbsent(entry.recordedBy(), (userId) -> this.people.shownName(userId, language))))
			.toList();
	}

	/**
	 * Records a visit, call or meeting held by or for the user.
	 * @throws ContactRefused naming every problem; nothing is recorded then
	 */
	@Transactional
	public Recorded record(ContactCommand contact, String actor) {
		Map<String, FieldError> problems = problems(contact);
		Optional<CustomerCareFile> customer = visible(contact.customerCode(), actor);
		if (blank(contact.customerCode())) {
			problems.put("customerCode", FieldError.of("customerCode", "customer-code", "Give the customer's code"));
		}
		else if (customer.isEmpty()) {
			problems.put("customerCode", FieldError.of("customerCode", "no-such-customer-of-yours",
					"There is no customer {0} of yours", contact.customerCode()));
		}
		if (!problems.isEmpty()) {
			throw new ContactRefused(problems);
		}
		CustomerCareFile file = customer.get();
		long id = this.log.insert(file.id(), contact, actor, this.clock.timestamp());
		this.compliance.changed(file.id());
		this.audit.record(actor, "CUSTOMER_CONTACT_RECORDED", "customer", file.code(), null,
				contact.contactType() + " of " + contact.contactDate() + " with " + contact.contactsMet().trim()
						+ (contact.logisticsConfirmed() ? "; logistics information confirmed" : "")
						+ ((contact.nextStepDate() != null)
								? "; next step on " + contact.nextStepDate() + ": " + contact.nextStep().trim() : ""));
		return new Recorded(id, file.code(), file.name(), file.repUserId(), contact.nextStepDate());
	}

	/** Records that the rep took the next step agreed in a contact. */
	public void nextStepTaken(String customerCode, long contactId, String outcome, String actor) {
		this.audit.record(actor, "CUSTOMER_NEXT_STEP_TAKEN", "customer", customerCode, null,
				"next step of contact " + contactId + ": " + ((outcome != null) ? outcome : ""));
	}

	/** Every problem of the contact by field, those that need no customer data. */
	public Map<String, FieldError> problems(ContactCommand contact) {
		Map<String, FieldError> problems = new LinkedHashMap<>();
		LocalDate today = this.clock.today();
		if (contact.contactDate() == null) {
			problems.put("contactDate", FieldError.of("contactDate", "contact-date", "Give the date of the contact"));
		}
		else if (contact.contactDate().isAfter(today)) {
			problems.put("contactDate", FieldError.of("contactDate", "contact-date-future",
					"A contact is recorded once it was held, on {0} or before", today));
		}
		if (contact.contactType() == null) {
			problems.put("contactType", FieldError.of("contactType", "contact-type", "Choose visit, call or meeting"));
		}
		if (blank(contact.contactsMet())) {
			problems.put("contactsMet",
					FieldError.of("contactsMet", "contacts-met", "Name the people met or spoken to"));
		}
		boolean step = !blank(contact.nextStep());
		if (step && contact.nextStepDate() == null) {
			problems.put("nextStepDate",
					FieldError.of("nextStepDate", "next-step-date", "Give the date of the next step"));
		}
		if (!step && contact.nextStepDate() != null) {
			problems.put("nextStep",
					FieldError.of("nextStep", "next-step", "Say what the next step is, or leave its date empty"));
		}
		if (contact.nextStepDate() != null && contact.nextStepDate().isBefore(today)) {
			problems.put("nextStepDate",
					FieldError.of("nextStepDate", "next-step-date-past", "A next step is on {0} or later", today));
		}
		return problems;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * A contact on record.
	 *
	 * @param contactId its number
	 * @param customerCode the customer
	 * @param customerName the customer's name
	 * @param repUserId the user of the customer's rep, who takes the next step
	 * @param nextStepDate when the next step is due, {@code null} when there is none
	 */
	public record Recorded(long contactId, String customerCode, String customerName, String repUserId,
			LocalDate nextStepDate) {
	}

}
