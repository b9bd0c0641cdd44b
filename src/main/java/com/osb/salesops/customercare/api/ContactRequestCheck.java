package com.osb.salesops.customercare.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.osb.salesops.customercare.CustomerContacts;
import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.RequestCheck;

import org.springframework.stereotype.Component;

/**
 * The rules of a contact that need today's date or span fields (a next step with its
 * date, in the future; a contact in the past), answered with the body's other problems.
 */
@Component
class ContactRequestCheck implements RequestCheck<ContactRequest> {

	/** Absent required fields are the body's constraints' to name. */
	private static final Set<String> REQUIRED = Set.of("contactDate", "contactType", "contactsMet");

	private final CustomerContacts contacts;

	ContactRequestCheck(CustomerContacts contacts) {
		this.contacts = contacts;
	}

	@Override
	public List<FieldError> check(ContactRequest request) {
		return this.contacts.problems(request.command(null))
			.entrySet()
			.stream()
			.filter((problem) -> !REQUIRED.contains(problem.getKey()) || present(request, problem.getKey()))
			.map(Map.Entry::getValue)
			.toList();
	}

	private static boolean present(ContactRequest request, String field) {
		return switch (field) {
			case "contactDate" -> request.contactDate() != null;
			case "contactType" -> request.contactType() != null;
			default -> request.contactsMet() != null && !request.contactsMet().isBlank();
		};
	}

}
