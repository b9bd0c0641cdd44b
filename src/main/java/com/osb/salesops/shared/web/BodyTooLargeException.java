package com.osb.salesops.shared.web;

import java.io.IOException;

/**
 * A request body went past its size limit while being read; answered 413.
 */
public class BodyTooLargeException extends IOException {

	public BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

	/** Whether the failure, or one of its causes, is a body past its limit. */
	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

}
