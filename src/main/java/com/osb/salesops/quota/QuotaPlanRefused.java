package com.osb.salesops.quota;

/**
 * A plan that cannot be drafted as asked, with the field to change and why, so that the
 * person who asked reads the reason where they typed the value.
 */
public class QuotaPlanRefused extends RuntimeException {

	private final String field;

	public QuotaPlanRefused(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
