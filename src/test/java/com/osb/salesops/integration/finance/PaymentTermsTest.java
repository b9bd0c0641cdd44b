package com.osb.salesops.integration.finance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PaymentTermsTest {

	@ParameterizedTest
	@CsvSource({ "NET30, 30", "NET60, 60", "PREPAY, 0" })
	void netTermsAreDaysAndPrepayIsDueAtOnce(String terms, int days) {
		// when
		int due = PaymentTerms.days(terms);

		// then
		assertThat(due).isEqualTo(days);
	}

	@ParameterizedTest
	@NullSource
	void noTermsAreDueAtOnce(String terms) {
		// when
		int due = PaymentTerms.days(terms);

		// then
		assertThat(due).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "NET", "NET-5", "COD", "net30" })
	void unknownTermsAreRefused(String terms) {
		// when
		Throwable thrown = catchThrowable(() -> PaymentTerms.days(terms));

		// then
		assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessageContaining(terms);
	}

}
