package com.osb.salesops.shared.web;

/**
 * The caller is authenticated but their role does not allow this.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
