package com.osb.salesops.shared.rules;

/**
 * Rules that cannot be loaded: missing or not compiling.
 */
public class RuleSetException extends RuntimeException {

	public RuleSetException(String message) {
		super(message);
	}

}
