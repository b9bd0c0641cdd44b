package com.osb.salesops.shared.web;

import java.util.List;
import java.util.Locale;

/**
 * The body of every error the application's API answers: an RFC 9457 problem detail
 * ({@code type}, {@code title}, {@code status}, {@code detail}) that also lists every
 * offending field, and a {@code code} that names the problem for a program whatever the
 * language of the texts. {@code error} and {@code message} repeat the title and the
 * detail for clients written against earlier versions.
 *
 * @param status the HTTP status code
 * @param error the HTTP status reason, in the caller's language
 * @param message what went wrong, for a person, in the caller's language
 * @param errors every offending field, empty when the problem is not a field's
 * @param code what went wrong, for a program (kebab-case, stable)
 */
public record ApiError(int status, String error, String message, List<FieldError> errors, String code) {

	/** A problem whose code is its status's, like {@code not-found}. */
	public ApiError(int status, String error, String message, List<FieldError> errors) {
		this(status, error, message, errors, codeOf(error));
	}

	/** The code of a status reason: {@code Not Found} is {@code not-found}. */
	static String codeOf(String reason) {
		return reason.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
	}

	/** The problem type: none beyond what the status says. */
	public String getType() {
		return "about:blank";
	}

	public String getTitle() {
		return this.error;
	}

	public String getDetail() {
		return this.message;
	}

}
