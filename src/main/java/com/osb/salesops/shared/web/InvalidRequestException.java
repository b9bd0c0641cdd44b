package com.osb.salesops.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be carried out, with every problem found in it. Answered 400 when
 * the request is malformed, 409 when the thing is not in a state for it, and 422 when it
 * is well formed but breaks a rule.
 */
public class InvalidRequestException extends RuntimeException {

	private final HttpStatus status;

	private final List<FieldError> errors;

	private final String code;

	public InvalidRequestException(HttpStatus status, String message, List<FieldError> errors) {
		this(status, null, message, errors);
	}

	/**
	 * A refusal with its code whose text is already in the caller's language.
	 */
	public InvalidRequestException(HttpStatus status, String code, String message, List<FieldError> errors) {
		super(message);
		this.status = status;
		this.errors = List.copyOf(errors);
		this.code = code;
	}

	/**
	 * A refusal in the caller's language: the text of {@code problem.<code>} in the
	 * message bundles, else the English text given.
	 */
	public static InvalidRequestException of(HttpStatus status, String code, String english, List<FieldError> errors,
			Object... args) {
		return new InvalidRequestException(status, code, Messages.text("problem." + code, english, args), errors);
	}

	public HttpStatus status() {
		return this.status;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/** What went wrong for a program, or null when only the status says it. */
	public String code() {
		return this.code;
	}

}
