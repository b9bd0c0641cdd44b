package com.osb.salesops.masterdata.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several contacts and delivery addresses in the fields of one, separated by {@code |}:
 * read, written back the same, checked that they line up, and changed one by one.
 */
class ListedValuesTest {

	@Test
	void shouldReadTheNthValueOfEachFieldAsTheNthContact() {
		// when
		ListedValues.Listed<Contact> listed = ListedValues.contacts("Wang Li | Zhao Gang", "138 1 | 139 2",
				"| zhao@example.com");

		// then
		assertThat(listed.problems()).isEmpty();
		assertThat(listed.values()).containsExactly(new Contact("Wang Li", "138 1", null),
				new Contact("Zhao Gang", "139 2", "zhao@example.com"));
		assertThat(ListedValues.fields(listed.values())).containsExactly("Wang Li | Zhao Gang", "138 1 | 139 2",
				" | zhao@example.com");
	}

	@Test
	void shouldKeepOneContactAsItIsWritten() {
		// when
		ListedValues.Listed<Contact> listed = ListedValues.contacts("Wang Li", "138 1", null);

		// then
		assertThat(listed.values()).containsExactly(new Contact("Wang Li", "138 1", null));
		assertThat(ListedValues.fields(listed.values())).containsExactly("Wang Li", "138 1", null);
	}

	@Test
	void shouldNameTheFieldsThatDoNotLineUp() {
		// when
		ListedValues.Listed<DeliveryAddress> listed = ListedValues.addresses("Dock 3 | Dock 4", "Zhao | ", "1", null,
				null);

		// then
		assertThat(listed.problems()).containsOnlyKeys("receivingPhone", "receivingContact");
	}

	@Test
	void shouldChangeTheNthContactAndRemoveOneNamedDash() {
		// given
		CustomerFile file = new CustomerFile("Qilu Valves", "91370300MA3C000058", "DIRECT", "2 Taibai Road", null, null,
				"6222", null, List.of(new Contact("Sun Mei", "139 3", null), new Contact("Xu Bo", "139 4", null)),
				List.of(new DeliveryAddress("2 Taibai Road", "Sun Mei", null, null, null)));
		CustomerFile change = new CustomerFile(null, null, null, null, null, null, null, null,
				ListedValues.contacts("- | | Li Na", " | 139 5 | 139 6", null).values(),
				ListedValues.addresses(" | Dock 9", " | Li Na", null, null, " | SF").values());

		// when
		CustomerFile changed = file.changedBy(change);

		// then
		assertThat(changed.contacts()).containsExactly(new Contact("Xu Bo", "139 5", null),
				new Contact("Li Na", "139 6", null));
		assertThat(changed.deliveryAddresses()).containsExactly(
				new DeliveryAddress("2 Taibai Road", "Sun Mei", null, null, null),
				new DeliveryAddress("Dock 9", "Li Na", null, null, "SF"));
	}

}
