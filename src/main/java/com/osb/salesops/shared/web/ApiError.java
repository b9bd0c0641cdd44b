package com.osb.salesops.shared.web;

import java.util.List;

/**
 * The body of every error the application's API answers: an RFC 9457 problem detail
 * ({@code type}, {@code title}, {@code status}, {@code detail}) that also lists every
 * offending field. {@code error} and {@code message} repeat the title and the detail for
 * clients written against earlier versions.
 *
 * @param status the HTTP status code
 * @param error the HTTP status reason
 * @param message what went wrong, for a person
 * @param errors every offending field, empty when the problem is not a field's
 */
public record ApiError(int status, String error, String message, List<FieldError> errors) {

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
