package com.osb.salesops.masterdata.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet without I, O, Z, S and V, the last one a check character over the
 * first 17. A code that is mistyped by one character, or has two neighbours swapped,
 * fails the check.
 */
public final class SocialCreditCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private SocialCreditCode() {
	}

	/** The code as it is stored: trimmed and upper case. */
	public static String normalize(String code) {
		return (code != null) ? code.trim().toUpperCase(Locale.ROOT) : "";
	}

	/** What is wrong with the code, in English, or nothing when it is a valid code. */
	public static Optional<String> problem(String code) {
		return codedProblem(code).map(FileProblem::message);
	}

	/** What is wrong with the code, or nothing when it is a valid code. */
	public static Optional<FileProblem> codedProblem(String code) {
		String value = normalize(code);
		if (value.isEmpty()) {
			return Optional
				.of(FileProblem.of("credit-code-missing", "Give the unified social credit code (18 characters)"));
		}
		if (value.length() != 18) {
			return Optional.of(FileProblem.of("credit-code-length",
					"A unified social credit code has 18 characters, not {0}", value.length()));
		}
		for (int i = 0; i < value.length(); i++) {
			if (ALPHABET.indexOf(value.charAt(i)) < 0) {
				return Optional.of(FileProblem.of("credit-code-character",
						"''{0}'' at position {1} is not allowed in a unified social credit code (no I, O, Z, S or V)",
						value.charAt(i), i + 1));
			}
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			return Optional.of(FileProblem.of("credit-code-check",
					"The check character of {0} does not match (GB 32100-2015): it should be {1}; check the code for a"
							+ " typing error",
					value, expected));
		}
		return Optional.empty();
	}

	/** The check character for the first 17 characters of a code. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt((check == 31) ? 0 : check);
	}

}
