package com.osb.salesops.masterdata.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.masterdata.AccountRequestRefused;
import com.osb.salesops.masterdata.model.Contact;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.DeliveryAddress;
import com.osb.salesops.masterdata.model.FileProblem;
import com.osb.salesops.masterdata.model.ListedValues;
import com.osb.salesops.masterdata.model.ListedValues.Listed;
import com.osb.salesops.shared.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The customer file as the forms show it: one field per variable; several contacts or
 * delivery addresses are listed in their fields, separated by {@code |}. A field the
 * forms show is never missing, only empty.
 */
final class CustomerFileVariables {

	static final ProcessVariable<String> LEGAL_NAME = text("legalName");

	static final ProcessVariable<String> TAX_NUMBER = text("taxNumber");

	static final ProcessVariable<String> CUSTOMER_TYPE = text("customerType");

	static final ProcessVariable<String> INVOICE_ADDRESS = text("invoiceAddress");

	static final ProcessVariable<String> INVOICE_PHONE = text("invoicePhone");

	static final ProcessVariable<String> BANK_NAME = text("bankName");

	static final ProcessVariable<String> BANK_ACCOUNT = text("bankAccount");

	static final ProcessVariable<String> EMAIL = text("email");

	static final ProcessVariable<String> CONTACT_NAME = text("contactName");

	static final ProcessVariable<String> CONTACT_PHONE = text("contactPhone");

	static final ProcessVariable<String> CONTACT_EMAIL = text("contactEmail");

	static final ProcessVariable<String> DELIVERY_ADDRESS = text("deliveryAddress");

	static final ProcessVariable<String> RECEIVING_CONTACT = text("receivingContact");

	static final ProcessVariable<String> RECEIVING_PHONE = text("receivingPhone");

	static final ProcessVariable<String> UNLOADING_HOURS = text("unloadingHours");

	static final ProcessVariable<String> PREFERRED_CARRIER = text("preferredCarrier");

	private CustomerFileVariables() {
	}

	/**
	 * The file the variables hold; several contacts or delivery addresses are listed in
	 * their fields separated by {@code |}.
	 * @throws AccountRequestRefused when the lists do not line up
	 */
	static CustomerFile read(VariableScope scope) {
		Listed<Contact> contacts = ListedValues.contacts(CONTACT_NAME.get(scope), CONTACT_PHONE.get(scope),
				CONTACT_EMAIL.get(scope));
		Listed<DeliveryAddress> addresses = ListedValues.addresses(DELIVERY_ADDRESS.get(scope),
				RECEIVING_CONTACT.get(scope), RECEIVING_PHONE.get(scope), UNLOADING_HOURS.get(scope),
				PREFERRED_CARRIER.get(scope));
		Map<String, FileProblem> problems = new LinkedHashMap<>(contacts.codedProblems());
		problems.putAll(addresses.codedProblems());
		if (!problems.isEmpty()) {
			throw new AccountRequestRefused(problems);
		}
		return new CustomerFile(value(LEGAL_NAME.get(scope)), value(TAX_NUMBER.get(scope)),
				value(CUSTOMER_TYPE.get(scope)), value(INVOICE_ADDRESS.get(scope)), value(INVOICE_PHONE.get(scope)),
				value(BANK_NAME.get(scope)), value(BANK_ACCOUNT.get(scope)), value(EMAIL.get(scope)), contacts.values(),
				addresses.values());
	}

	static void write(VariableScope scope, CustomerFile file) {
		LEGAL_NAME.set(scope, shown(file.legalName()));
		TAX_NUMBER.set(scope, shown(file.taxNumber()));
		CUSTOMER_TYPE.set(scope, shown(file.customerType()));
		INVOICE_ADDRESS.set(scope, shown(file.invoiceAddress()));
		INVOICE_PHONE.set(scope, shown(file.invoicePhone()));
		BANK_NAME.set(scope, shown(file.bankName()));
		BANK_ACCOUNT.set(scope, shown(file.bankAccount()));
		EMAIL.set(scope, shown(file.email()));
		List<String> contact = ListedValues.fields(file.contacts());
		CONTACT_NAME.set(scope, shown(contact.get(0)));
		CONTACT_PHONE.set(scope, shown(contact.get(1)));
		CONTACT_EMAIL.set(scope, shown(contact.get(2)));
		List<String> address = ListedValues.addressFields(file.deliveryAddresses());
		DELIVERY_ADDRESS.set(scope, shown(address.get(0)));
		RECEIVING_CONTACT.set(scope, shown(address.get(1)));
		RECEIVING_PHONE.set(scope, shown(address.get(2)));
		UNLOADING_HOURS.set(scope, shown(address.get(3)));
		PREFERRED_CARRIER.set(scope, shown(address.get(4)));
	}

	/**
	 * A field a form shows: empty rather than missing, because a form gives back what it
	 * shows, and a shown field may not change.
	 */
	static String shown(String value) {
		return (value != null) ? value : "";
	}

	/** What a field holds, or null when it is empty. */
	static String value(String field) {
		return (field == null || field.isBlank()) ? null : field;
	}

	private static ProcessVariable<String> text(String name) {
		return ProcessVariable.of(name, String.class);
	}

}
