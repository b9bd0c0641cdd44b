package com.osb.salesops.masterdata;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading CSV as Excel writes it, and naming every bad value by line and column.
 */
class CsvTableTest {

	private static final List<String> COLUMNS = List.of("sku", "name", "listPrice");

	@Test
	void shouldReadExcelsUtf8WithAByteOrderMarkQuotesAndCrlf() {
		// when
		CsvTable table = CsvTable.read("\uFEFFsku,name,listPrice\r\nA-1,\"Gate valve, DN100 \"\"heavy\"\"\",600.00\r\n"
				+ "B-2,离心泵,12000\r\n\r\n", COLUMNS);

		// then
		assertThat(table.problems()).isEmpty();
		assertThat(table.rows()).hasSize(2);
		assertThat(table.rows().get(0).text("name", 100, true)).isEqualTo("Gate valve, DN100 \"heavy\"");
		assertThat(table.rows().get(1).text("name", 100, true)).isEqualTo("离心泵");
		assertThat(table.rows().get(1).money("listPrice", true)).isEqualByComparingTo("12000.00");
	}

	@Test
	void shouldNameEveryBadValueByLineAndColumn() {
		// given
		CsvTable table = CsvTable.read("sku,name,listPrice\nA-1,,-5\nB-2,Pump,1.005\nC-3,Pump\n", COLUMNS);

		// when
		for (CsvTable.Row row : table.rows()) {
			row.text("name", 100, true);
			row.money("listPrice", true);
		}

		// then
		assertThat(table.problems()).extracting((p) -> p.line() + ":" + p.column())
			.containsExactlyInAnyOrder("4:null", "2:name", "2:listPrice", "3:listPrice");
	}

	@Test
	void shouldRefuseAFileWithoutItsHeader() {
		// when
		CsvTable table = CsvTable.read("sku,listPrice,name\nA-1,1,x\n", COLUMNS);

		// then
		assertThat(table.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("sku,name,listPrice"));
	}

	@Test
	void shouldWriteWhatItReads() {
		// given
		String written = CsvTable.write(COLUMNS, List.of(java.util.Arrays.asList("A-1", "Valve, \"big\"", null)));

		// when
		CsvTable table = CsvTable.read(written, COLUMNS);

		// then
		assertThat(table.rows().get(0).text("name", 100, true)).isEqualTo("Valve, \"big\"");
		assertThat(table.rows().get(0).text("listPrice", 20, false)).isNull();
	}

}
