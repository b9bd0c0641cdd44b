package com.osb.salesops.masterdata.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GB 32100-2015 check character, on codes of registered companies and on the typing
 * errors it is meant to catch.
 */
class SocialCreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91310000MA1FL1MMXL", "91440300708461136T", " 91440300708461136t " })
	void shouldAcceptRegisteredCodes(String code) {
		// when / then
		assertThat(SocialCreditCode.problem(code)).isEmpty();
	}

	@Test
	void shouldRefuseAWrongCheckCharacterAndNameTheRightOne() {
		// when / then
		assertThat(SocialCreditCode.problem("91350100M000100Y44"))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("check character").contains("should be 3"));
	}

	@Test
	void shouldCatchTwoSwappedCharacters() {
		// when / then
		assertThat(SocialCreditCode.problem("91530100M000100Y43")).isPresent();
	}

	@Test
	void shouldRefuseTheWrongLengthAndLettersOutsideTheAlphabet() {
		// when / then
		assertThat(SocialCreditCode.problem("9135010"))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("18 characters, not 7"));
		assertThat(SocialCreditCode.problem("91350100MO00100Y43"))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("'O' at position 10"));
		assertThat(SocialCreditCode.problem(null)).isPresent();
	}

}
