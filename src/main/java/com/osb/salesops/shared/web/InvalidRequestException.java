package com.osb.salesops.shared.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be carried out, with every problem found in it. Answered 400 when
 * the request is malformed and 422 when it is well formed but breaks a rule.
 */
public class InvalidRequestException extends RuntimeException {

	private final HttpStatus status;

	private final List<FieldError> errors;

	public InvalidRequestException(HttpStatus status, String message, List<FieldError> errors) {
		super(message);
		this.status = status;
		this.errors = List.copyOf(errors);
	}

	public HttpStatus status() {
		return this.status;
	}

	public List<FieldError> errors() {
		return this.errors;
	}

}
