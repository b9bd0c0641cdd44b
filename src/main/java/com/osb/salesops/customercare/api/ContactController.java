package com.osb.salesops.customercare.api;

import java.util.List;
import java.util.Map;

import com.osb.salesops.customercare.ContactEntry;
import com.osb.salesops.customercare.ContactRefused;
import com.osb.salesops.customercare.CustomerContacts;
import com.osb.salesops.customercare.process.ContactStarter;
import com.osb.salesops.masterdata.CustomerCareFile;
import com.osb.salesops.shared.security.AllowedRoles;
import com.osb.salesops.shared.security.CurrentUser;
import com.osb.salesops.shared.security.Roles;
import com.osb.salesops.shared.web.InvalidRequestException;
import com.osb.salesops.shared.web.NotFoundException;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Visits, calls and meetings with a customer: its rep or a sales assistant records them,
 * and a next step becomes the rep's task on its date. A rep sees their own customers
 * only; another rep's customer is not found.
 */
@RestController
class ContactController {

	private final CustomerContacts contacts;

	private final ContactStarter starter;

	private final CurrentUser user;

	ContactController(CustomerContacts contacts, ContactStarter starter, CurrentUser user) {
		this.contacts = contacts;
		this.starter = starter;
		this.user = user;
	}

	@PostMapping("/api/customers/{code}/contacts")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT })
	ResponseEntity<Map<String, Object>> record(@PathVariable String code, @Valid @RequestBody ContactRequest body) {
		CustomerCareFile customer = customer(code);
		try {
			long id = this.starter.start(body.command(customer.code()), this.user.id());
			return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("contactId", id));
		}
		catch (ContactRefused refused) {
			throw InvalidRequestException.of(HttpStatus.UNPROCESSABLE_ENTITY, "contact-refused",
					"The contact cannot be recorded as it is", refused.fieldErrors());
		}
	}

	@GetMapping("/api/customers/{code}/contacts")
	@AllowedRoles({ Roles.SALES_REP, Roles.SALES_ASSISTANT, Roles.SALES_MANAGER, Roles.SALES_DIRECTOR,
			Roles.GENERAL_MANAGER, Roles.SALES_OPS })
	List<ContactEntry> list(@PathVariable String code) {
		return this.contacts.contacts(customer(code));
	}

	private CustomerCareFile customer(String code) {
		return this.contacts.visible(code, this.user.id())
			.orElseThrow(() -> NotFoundException.of("no-such-own-customer", "There is no customer {0} of yours", code));
	}

}
