package com.osb.salesops.quota.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rep ids compare in natural order, numbers as numbers (POLICY section 4, step 4).
 */
class RepIdOrderTest {

	@Test
	void shouldOrderRepIdsWithNumbersAsNumbers() {
		// given
		List<String> ids = new ArrayList<>(List.of("R10", "R2", "R1", "Q3", "R02", "R2a", "R100"));

		// when
		ids.sort(RepIdOrder.NATURAL);

		// then
		assertThat(ids).containsExactly("Q3", "R1", "R02", "R2", "R2a", "R10", "R100");
	}

}
