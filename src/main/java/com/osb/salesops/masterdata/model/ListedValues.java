package com.osb.salesops.masterdata.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Several contacts or delivery addresses in the one field each of their parts has, in a
 * file's column or a form's field: the values separated by {@code |}, the n-th value of
 * each field making the n-th contact or address; a field that lists anything lists a
 * value for each. One contact or address is written as it is, without a separator.
 */
public final class ListedValues {

	/** What separates the values, written with a space on either side. */
	public static final String SEPARATOR = " | ";

	private ListedValues() {
	}

	/** The contacts the fields list, and what is wrong with the fields, by field name. */
	public static Listed<Contact> contacts(String names, String phones, String emails) {
		Map<String, FileProblem> problems = new LinkedHashMap<>();
		int count = count(names, phones, emails);
		List<String> name = aligned("contactName", names, count, problems);
		List<String> phone = aligned("contactPhone", phones, count, problems);
		List<String> email = aligned("contactEmail", emails, count, problems);
		List<Contact> contacts = new ArrayList<>();
		for (int i = 0; i < name.size(); i++) {
			contacts.add(new Contact(name.get(i), phone.get(i), email.get(i)));
			if (i > 0 && (name.get(i) == null || phone.get(i) == null)) {
				problems.putIfAbsent("contactPhone",
						FileProblem.of("contact-name-and-phone", "Give each contact a name and a phone"));
			}
		}
		if (email.stream().anyMatch((e) -> e != null && !e.matches("[^@\\s]+@[^@\\s]+"))) {
			problems.put("contactEmail", FileProblem.of("contact-email", "Give each e-mail address as name@domain"));
		}
		tooLong("contactName", name, 100, problems);
		tooLong("contactPhone", phone, 50, problems);
		return new Listed<>(contacts, problems);
	}

	/** The delivery addresses the fields list, and what is wrong with the fields. */
	public static Listed<DeliveryAddress> addresses(String addresses, String receivers, String phones, String hours,
			String carriers) {
		Map<String, FileProblem> problems = new LinkedHashMap<>();
		int count = count(addresses, receivers, phones, hours, carriers);
		List<String> address = aligned("deliveryAddress", addresses, count, problems);
		List<String> receiver = aligned("receivingContact", receivers, count, problems);
		List<String> phone = aligned("receivingPhone", phones, count, problems);
		List<String> hour = aligned("unloadingHours", hours, count, problems);
		List<String> carrier = aligned("preferredCarrier", carriers, count, problems);
		List<DeliveryAddress> listed = new ArrayList<>();
		for (int i = 0; i < address.size(); i++) {
			listed.add(new DeliveryAddress(address.get(i), receiver.get(i), phone.get(i), hour.get(i), carrier.get(i)));
			if (i > 0 && (address.get(i) == null || receiver.get(i) == null)) {
				problems.putIfAbsent("receivingContact",
						FileProblem.of("address-receiving-contact", "Give each delivery address a receiving contact"));
			}
		}
		tooLong("deliveryAddress", address, 500, problems);
		tooLong("receivingContact", receiver, 100, problems);
		tooLong("receivingPhone", phone, 50, problems);
		tooLong("unloadingHours", hour, 100, problems);
		tooLong("preferredCarrier", carrier, 100, problems);
		return new Listed<>(listed, problems);
	}

	/** The contacts as the values of their three fields: name, phone, e-mail. */
	public static List<String> fields(List<Contact> contacts) {
		return Arrays.asList(joined(contacts.stream().map(Contact::name).toList()),
				joined(contacts.stream().map(Contact::phone).toList()),
				joined(contacts.stream().map(Contact::email).toList()));
	}

	/** The addresses as the values of their five fields. */
	public static List<String> addressFields(List<DeliveryAddress> addresses) {
		return Arrays.asList(joined(addresses.stream().map(DeliveryAddress::address).toList()),
				joined(addresses.stream().map(DeliveryAddress::receivingContact).toList()),
				joined(addresses.stream().map(DeliveryAddress::receivingPhone).toList()),
				joined(addresses.stream().map(DeliveryAddress::unloadingHours).toList()),
				joined(addresses.stream().map(DeliveryAddress::preferredCarrier).toList()));
	}

	/** The values of a field; an empty field has none, an empty value is null. */
	static List<String> parts(String field) {
		if (field == null || field.isBlank()) {
			return List.of();
		}
		return Arrays.stream(field.split("\\|", -1)).map(String::strip).map((v) -> v.isEmpty() ? null : v).toList();
	}

	/** The values, or null when there are none at all. */
	static String joined(List<String> values) {
		if (values.stream().allMatch((v) -> v == null)) {
			return null;
		}
		return values.stream().map((v) -> (v != null) ? v : "").collect(Collectors.joining(SEPARATOR));
	}

	/** How many contacts or addresses the fields list: as many as the longest list. */
	private static int count(String... fields) {
		return Arrays.stream(fields).mapToInt((field) -> parts(field).size()).max().orElse(0);
	}

	private static List<String> aligned(String field, String value, int count, Map<String, FileProblem> problems) {
		List<String> parts = parts(value);
		if (parts.isEmpty()) {
			return Arrays.asList(new String[Math.max(count, 0)]);
		}
		if (parts.size() != count) {
			problems.put(field, FileProblem.of("listed-count",
					"Give {0} values separated by |, one for each, as the other fields list", count));
			List<String> padded = new ArrayList<>(parts.subList(0, Math.min(parts.size(), count)));
			while (padded.size() < count) {
				padded.add(null);
			}
			return padded;
		}
		return parts;
	}

	private static void tooLong(String field, List<String> values, int max, Map<String, FileProblem> problems) {
		if (values.stream().anyMatch((v) -> v != null && v.length() > max)) {
			problems.putIfAbsent(field, FileProblem.of("listed-too-long", "Keep each value to {0} characters", max));
		}
	}

	/**
	 * Contacts or addresses read from their fields.
	 *
	 * @param codedProblems what is wrong, by field name; empty when nothing is
	 */
	public record Listed<T>(List<T> values, Map<String, FileProblem> codedProblems) {

		/** What is wrong, in English, by field name. */
		public Map<String, String> problems() {
			return FileProblem.english(this.codedProblems);
		}

	}

}
