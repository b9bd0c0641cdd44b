package com.osb.salesops.shared.rules;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.entry;

/**
 * Example tables are read as analysts write them in a spreadsheet.
 */
class ExampleTableTest {

	@Test
	void readsQuotedDescriptionsEmptyCellsAndComments() {
		// given
		String csv = "\uFEFFexample,avgDaysLate,growthPotential,grade\n"
				+ "# the worked examples of the credit policy\n"
				+ "\"worked example 1: grade A, high growth (2 months)\",3,HIGH,A\n"
				+ "no payment history, ,LOW,\"say \"\"C\"\"\"\n";

		// when
		ExampleTable table = ExampleTable.parse(csv);

		// then
		assertThat(table.columns()).containsExactly("example", "avgDaysLate", "growthPotential", "grade");
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).description()).isEqualTo("worked example 1: grade A, high growth (2 months)");
		assertThat(table.rows().get(0).cells()).contains(entry("avgDaysLate", "3"), entry("grade", "A"));
		assertThat(table.rows().get(1).cells()).contains(entry("avgDaysLate", null), entry("grade", "say \"C\""));
	}

	@Test
	void givesWholeNumbersDecimalsTextAndNothing() {
		// given
		String[] cells = { "1200000", "-15000", "30.01", "2.0", "HIGH", "NET60", null };

		// when
		Object[] values = Arrays.stream(cells).map(ExampleTable::value).toArray();

		// then
		assertThat(values).containsExactly(1_200_000L, -15_000L, 30.01, 2.0, "HIGH", "NET60", null);
	}

	@Test
	void refusesALineWithMoreFieldsThanTheHeader() {
		// given
		String csv = "example,grade\nan unquoted, comma,A\n";

		// when
		Throwable refused = catchThrowable(() -> ExampleTable.parse(csv));

		// then
		assertThat(refused).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("line 2 has 3 fields but the header names 2");
	}

}
