package com.osb.salesops.integration;

/**
 * A call to finance or the warehouse that did not succeed. It is a technical fault: the
 * step is retried on its retry cycle and becomes an incident when the retries run out,
 * with this message, which names the system, the call and what it answered.
 */
public class RemoteCallException extends RuntimeException {

	private final int status;

	private final String body;

	public RemoteCallException(String message, int status, String body, Throwable cause) {
		super(message, cause);
		this.status = status;
		this.body = body;
	}

	/** The HTTP status the system answered, or 0 when it did not answer. */
	public int status() {
		return this.status;
	}

	/** What the system answered, or an empty string. */
	public String body() {
		return this.body;
	}

}
