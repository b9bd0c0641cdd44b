package com.osb.salesops.quota;

import com.osb.salesops.shared.web.Messages;

/**
 * A plan that cannot be drafted as asked, with the field to change and why, so that the
 * person who asked reads the reason where they typed the value: in their language, with a
 * code for a program.
 */
public class QuotaPlanRefused extends RuntimeException {

	private final String field;

	private final String code;

	/**
	 * @param field the field to change
	 * @param code the problem's code, {@code field.<code>} in the message bundles
	 * @param english the English text, with {@code {0}}-style places
	 * @param args what fills the places
	 */
	public QuotaPlanRefused(String field, String code, String english, Object... args) {
		super(Messages.text("field." + code, english, args));
		this.field = field;
		this.code = code;
	}

	public String field() {
		return this.field;
	}

	/** What is wrong, for a program. */
	public String code() {
		return this.code;
	}

}
