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

	public CustomerFile {
		contacts = (contacts != null) ? List.copyOf(contacts) : List.of();
		deliveryAddresses = (deliveryAddresses != null) ? List.copyOf(deliveryAddresses) : List.of();
	}

	/** Every missing or wrong field, named as in the form, with what to do about it. */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (blank(this.legalName)) {
			problems.put("legalName", "Give the customer's registered legal name");
		}
		SocialCreditCode.problem(this.taxNumber).ifPresent((problem) -> problems.put("taxNumber", problem));
		if (!validType(this.customerType)) {
			problems.put("customerType", "Choose DISTRIBUTOR, DIRECT or KEY_ACCOUNT");
		}
		if (blank(this.invoiceAddress)) {
			problems.put("invoiceAddress", "Give the invoicing address");
		}
		if (blank(this.bankAccount)) {
			problems.put("bankAccount", "Give the bank account invoices are paid from");
		}
		if (this.contacts.isEmpty() || blank(this.contacts.get(0).name())) {
			problems.put("contactName", "Name at least one contact at the customer");
		}
		if (this.contacts.isEmpty() || blank(this.contacts.get(0).phone())) {
			problems.put("contactPhone", "Give the contact's phone");
		}
		if (this.deliveryAddresses.isEmpty() || blank(this.deliveryAddresses.get(0).address())) {
			problems.put("deliveryAddress", "Give at least one delivery address");
		}
		if (this.deliveryAddresses.isEmpty() || blank(this.deliveryAddresses.get(0).receivingContact())) {
			problems.put("receivingContact", "Name who receives the goods at the delivery address");
		}
		return problems;
	}

	/**
	 * This file with every field the change gives; the first contact and delivery address
	 * take the change's, the others stay.
	 */
	public CustomerFile changedBy(CustomerFile change) {
		CustomerFile current = this;
		Contact contact = new Contact(pick(first(change.contacts()).name(), first(current.contacts()).name()),
				pick(first(change.contacts()).phone(), first(current.contacts()).phone()),
				pick(first(change.contacts()).email(), first(current.contacts()).email()));
		DeliveryAddress now = firstAddress(current.deliveryAddresses());
		DeliveryAddress asked = firstAddress(change.deliveryAddresses());
		DeliveryAddress address = new DeliveryAddress(pick(asked.address(), now.address()),
				pick(asked.receivingContact(), now.receivingContact()),
				pick(asked.receivingPhone(), now.receivingPhone()), pick(asked.unloadingHours(), now.unloadingHours()),
				pick(asked.preferredCarrier(), now.preferredCarrier()));
		List<Contact> contacts = new ArrayList<>(List.of(contact));
		contacts.addAll(current.contacts().stream().skip(1).toList());
		List<DeliveryAddress> addresses = new ArrayList<>(List.of(address));
		addresses.addAll(current.deliveryAddresses().stream().skip(1).toList());
		return new CustomerFile(pick(change.legalName(), current.legalName()),
				pick(change.taxNumber(), current.taxNumber()), pick(change.customerType(), current.customerType()),
				pick(change.invoiceAddress(), current.invoiceAddress()),
				pick(change.invoicePhone(), current.invoicePhone()), pick(change.bankName(), current.bankName()),
				pick(change.bankAccount(), current.bankAccount()), pick(change.email(), current.email()), contacts,
				addresses);
	}

	private static Contact first(List<Contact> contacts) {
		return contacts.isEmpty() ? new Contact(null, null, null) : contacts.get(0);
	}

	private static DeliveryAddress firstAddress(List<DeliveryAddress> addresses) {
		return addresses.isEmpty() ? new DeliveryAddress(null, null, null, null, null) : addresses.get(0);
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
