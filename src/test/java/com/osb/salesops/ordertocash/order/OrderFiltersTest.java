package com.osb.salesops.ordertocash.order;

import com.osb.salesops.shared.web.FieldError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFiltersTest {

	@Test
	void shouldTakeEveryChannelAndAnySkuOrNone() {
		for (SalesChannel channel : SalesChannel.values()) {
			assertThat(OrderFilters.problems(channel.name(), "SKU-1")).isEmpty();
		}
		assertThat(OrderFilters.problems(null, null)).isEmpty();
		assertThat(OrderFilters.problems(" ", "")).isEmpty();
	}

	@Test
	void shouldNameEachWrongFilter() {
		// when
		var problems = OrderFilters.problems("PHONE", "X".repeat(41));

		// then
		assertThat(problems).extracting(FieldError::field).containsExactly("channel", "product");
		assertThat(problems.get(0).message()).contains("DIRECT, DISTRIBUTOR, ONLINE");
	}

}
