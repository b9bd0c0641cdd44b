package com.osb.salesops.masterdata.process;

import java.util.List;

import com.osb.salesops.masterdata.model.Contact;
import com.osb.salesops.masterdata.model.CustomerFile;
import com.osb.salesops.masterdata.model.DeliveryAddress;
import com.osb.salesops.shared.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The customer file as the forms show it: one field per variable, with the first contact
 * and the first delivery address.
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

	static CustomerFile read(VariableScope scope) {
		return new CustomerFile(LEGAL_NAME.get(scope), TAX_NUMBER.get(scope), CUSTOMER_TYPE.get(scope),
				INVOICE_ADDRESS.get(scope), INVOICE_PHONE.get(scope), BANK_NAME.get(scope), BANK_ACCOUNT.get(scope),
				EMAIL.get(scope),
				List.of(new Contact(CONTACT_NAME.get(scope), CONTACT_PHONE.get(scope), CONTACT_EMAIL.get(scope))),
				List.of(new DeliveryAddress(DELIVERY_ADDRESS.get(scope), RECEIVING_CONTACT.get(scope),
						RECEIVING_PHONE.get(scope), UNLOADING_HOURS.get(scope), PREFERRED_CARRIER.get(scope))));
	}

	static void write(VariableScope scope, CustomerFile file) {
		LEGAL_NAME.set(scope, file.legalName());
		TAX_NUMBER.set(scope, file.taxNumber());
		CUSTOMER_TYPE.set(scope, file.customerType());
		INVOICE_ADDRESS.set(scope, file.invoiceAddress());
		INVOICE_PHONE.set(scope, file.invoicePhone());
		BANK_NAME.set(scope, file.bankName());
		BANK_ACCOUNT.set(scope, file.bankAccount());
		EMAIL.set(scope, file.email());
		Contact contact = file.contacts().isEmpty() ? new Contact(null, null, null) : file.contacts().get(0);
		CONTACT_NAME.set(scope, contact.name());
		CONTACT_PHONE.set(scope, contact.phone());
		CONTACT_EMAIL.set(scope, contact.email());
		DeliveryAddress address = file.deliveryAddresses().isEmpty() ? new DeliveryAddress(null, null, null, null, null)
				: file.deliveryAddresses().get(0);
		DELIVERY_ADDRESS.set(scope, address.address());
		RECEIVING_CONTACT.set(scope, address.receivingContact());
		RECEIVING_PHONE.set(scope, address.receivingPhone());
		UNLOADING_HOURS.set(scope, address.unloadingHours());
		PREFERRED_CARRIER.set(scope, address.preferredCarrier());
	}

	private static ProcessVariable<String> text(String name) {
		return ProcessVariable.of(name, String.class);
	}

}
