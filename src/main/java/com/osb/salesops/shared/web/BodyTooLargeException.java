package com.osb.salesops.shared.web;

import java.io.IOException;

/**
 * A request body went past its size limit while being read; answered 413.
 */
public class BodyTooLargeException extends IOException {

	private final long limit;

	public BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
		this.limit = limit;
	}

	/** The limit the body went past, in bytes. */
	public long limit() {
		return this.limit;
	}

	/** Whether the failure, or one of its causes, is a body past its limit. */
	public static boolean causes(Throwable failure) {
		return of(failure) != null;
	}

	/** The body past its limit that caused the failure, or null when none did. */
	static BodyTooLargeException of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
		}
		return null;
	}

}
