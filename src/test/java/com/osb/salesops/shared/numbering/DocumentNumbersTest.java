package com.osb.salesops.shared.numbering;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentNumbersTest {

	@ParameterizedTest
	@CsvSource({ "SALES_ORDER, 1, SC20140213DD0001", "CONTRACT, 1, SC20140213HT0001",
			"SHIPPING_NOTICE, 3, SC20140213FHTZ0003", "INVOICE, 42, SC20140213FP0042",
			"RETURN, 9999, SC20140213TH9999" })
	void formatsAsPolicySectionOne(DocumentType type, int sequence, String expected) {
		// given
		LocalDate businessDate = LocalDate.of(2014, 2, 13);

		// when
		String number = DocumentNumbers.format(type, businessDate, sequence);

		// then
		assertThat(number).isEqualTo(expected);
	}

	@Test
	void refusesAFifthDigitRatherThanBreakTheFormat() {
		// when / then
		assertThatThrownBy(
				() -> DocumentNumbers.format(DocumentType.PAYMENT_RECEIPT, LocalDate.of(2014, 2, 13), 10_000))
			.isInstanceOf(DocumentNumbersExhaustedException.class)
			.hasMessageContaining("No SK number is left for 2014-02-13");
	}

}
