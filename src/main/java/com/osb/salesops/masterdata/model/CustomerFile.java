package com.osb.salesops.masterdata.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer's file (客户档案): who the customer is, how to invoice it, whom to call and
 * where to deliver. Complete, by POLICY §8, when it has a legal name, a valid unified
 * social credit code, an invoicing address and a bank account, a contact with a phone and
 * a delivery address with a receiving contact.
 *
 * @param legalName registered name
 * @param taxNumber unified social credit code
 * @param customerType distributor, direct or key account
 * @param invoiceAddress invoicing address
 * @param invoicePhone invoicing phone
 * @param bankName bank of the account
 * @param bankAccount bank account number
 * @param email address invoices and reminders go to
 * @param contacts people at the customer
 * @param deliveryAddresses where goods go
 */
public record CustomerFile(String legalName, String taxNumber, String customerType, String invoiceAddress,
		String invoicePhone, String bankName, String bankAccount, String email, List<Contact> contacts,
		List<DeliveryAddress> deliveryAddresses) {

	/**
	 * The name of a contact, or the address of a delivery address, that a change removes.
	 */
	public static final String REMOVED = "-";

	public CustomerFile {
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
		deliveryAddresses = (deliveryAddresses != null) ? List.copyOf(deliveryAddresses) : List.of();
	}

	/** Every missing or wrong field, named as in the form, with what to do about it. */
	public Map<String, String> problems() {
		return FileProblem.english(codedProblems());
	}

	/** Every missing or wrong field, with its code and what to do about it. */
	public Map<String, FileProblem> codedProblems() {
		Map<String, FileProblem> problems = new LinkedHashMap<>();
		if (blank(this.legalName)) {
			problems.put("legalName", FileProblem.of("legal-name", "Give the customer's registered legal name"));
		}
		SocialCreditCode.codedProblem(this.taxNumber).ifPresent((problem) -> problems.put("taxNumber", problem));
		if (!validType(this.customerType)) {
			problems.put("customerType", FileProblem.of("customer-type", "Choose DISTRIBUTOR, DIRECT or KEY_ACCOUNT"));
		}
		if (blank(this.invoiceAddress)) {
			problems.put("invoiceAddress", FileProblem.of("invoice-address", "Give the invoicing address"));
		}
		if (blank(this.bankAccount)) {
			problems.put("bankAccount", FileProblem.of("bank-account", "Give the bank account invoices are paid from"));
		}
		if (this.contacts.isEmpty() || blank(this.contacts.get(0).name())) {
			problems.put("contactName", FileProblem.of("contact-name", "Name at least one contact at the customer"));
		}
		if (this.contacts.isEmpty() || blank(this.contacts.get(0).phone())) {
			problems.put("contactPhone", FileProblem.of("contact-phone", "Give the contact's phone"));
		}
		if (this.deliveryAddresses.isEmpty() || blank(this.deliveryAddresses.get(0).address())) {
			problems.put("deliveryAddress", FileProblem.of("delivery-address", "Give at least one delivery address"));
		}
		if (this.deliveryAddresses.isEmpty() || blank(this.deliveryAddresses.get(0).receivingContact())) {
			problems.put("receivingContact",
					FileProblem.of("receiving-contact", "Name who receives the goods at the delivery address"));
		}
		return problems;
	}

	/**
	 * This file with every field the change gives. The n-th contact and delivery address
	 * take the fields the change gives for the n-th; one the change names {@code -} is
	 * removed; the others stay.
	 */
	public CustomerFile changedBy(CustomerFile change) {
		CustomerFile current = this;
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < Math.max(change.contacts().size(), current.contacts().size()); i++) {
			Contact asked = at(change.contacts(), i, new Contact(null, null, null));
			Contact now = at(current.contacts(), i, new Contact(null, null, null));
			if (!REMOVED.equals(asked.name())) {
				contacts.add(new Contact(pick(asked.name(), now.name()), pick(asked.phone(), now.phone()),
						pick(asked.email(), now.email())));
			}
		}
		List<DeliveryAddress> addresses = new ArrayList<>();
		DeliveryAddress none = new DeliveryAddress(null, null, null, null, null);
		for (int i = 0; i < Math.max(change.deliveryAddresses().size(), current.deliveryAddresses().size()); i++) {
			DeliveryAddress asked = at(change.deliveryAddresses(), i, none);
			DeliveryAddress now = at(current.deliveryAddresses(), i, none);
			if (!REMOVED.equals(asked.address())) {
				addresses.add(new DeliveryAddress(pick(asked.address(), now.address()),
						pick(asked.receivingContact(), now.receivingContact()),
						pick(asked.receivingPhone(), now.receivingPhone()),
						pick(asked.unloadingHours(), now.unloadingHours()),
						pick(asked.preferredCarrier(), now.preferredCarrier())));
			}
		}
		return new CustomerFile(pick(change.legalName(), current.legalName()),
				pick(change.taxNumber(), current.taxNumber()), pick(change.customerType(), current.customerType()),
				pick(change.invoiceAddress(), current.invoiceAddress()),
				pick(change.invoicePhone(), current.invoicePhone()), pick(change.bankName(), current.bankName()),
				pick(change.bankAccount(), current.bankAccount()), pick(change.email(), current.email()), contacts,
				addresses);
	}

	private static <T> T at(List<T> values, int index, T none) {
		return (index < values.size()) ? values.get(index) : none;
	}

	private static String pick(String asked, String current) {
		return blank(asked) ? current : asked.trim();
	}

	private static boolean validType(String type) {
		for (CustomerType known : CustomerType.values()) {
			if (known.name().equals(type)) {
				return true;
			}
		}
		return false;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
