package com.osb.salesops.masterdata.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a customer file is complete (POLICY §8), and how a change fills in a file.
 */
class CustomerFileTest {

	static CustomerFile complete() {
		return new CustomerFile("Jinan Pumps Co., Ltd.", "91350100M000100Y43", "DISTRIBUTOR", "1 Quancheng Road, Jinan",
				"0531-1234567", "ICBC Jinan", "1602 0000 0000 1234", "ap@jinanpumps.example",
				List.of(new Contact("Wang Li", "138 0000 0001", null)),
				List.of(new DeliveryAddress("Dock 3, 8 Gongye Road, Jinan", "Zhao Gang", "138 0000 0002",
						"Mon-Fri 08:00-16:00", "Deppon")));
	}

	@Test
	void shouldFindNothingMissingInACompleteFile() {
		// when / then
		assertThat(complete().problems()).isEmpty();
	}

	@Test
	void shouldNameEveryMissingField() {
		// given
		CustomerFile empty = new CustomerFile(" ", "123", "RETAIL", null, null, null, "", null, List.of(), List.of());

		// when / then
		assertThat(empty.problems()).containsOnlyKeys("legalName", "taxNumber", "customerType", "invoiceAddress",
				"bankAccount", "contactName", "contactPhone", "deliveryAddress", "receivingContact");
	}

	@Test
	void shouldChangeOnlyTheFieldsAChangeGives() {
		// given
		CustomerFile change = new CustomerFile(null, null, "KEY_ACCOUNT", null, null, null, null, null,
				List.of(new Contact(null, "139 1111 2222", null)),
				List.of(new DeliveryAddress(null, null, null, "Mon-Sat 07:00-18:00", "SF Express")));

		// when
		CustomerFile changed = complete().changedBy(change);

		// then
		assertThat(changed.customerType()).isEqualTo("KEY_ACCOUNT");
		assertThat(changed.legalName()).isEqualTo("Jinan Pumps Co., Ltd.");
		assertThat(changed.contacts()).containsExactly(new Contact("Wang Li", "139 1111 2222", null));
		assertThat(changed.deliveryAddresses()).containsExactly(new DeliveryAddress("Dock 3, 8 Gongye Road, Jinan",
				"Zhao Gang", "138 0000 0002", "Mon-Sat 07:00-18:00", "SF Express"));
	}

}
