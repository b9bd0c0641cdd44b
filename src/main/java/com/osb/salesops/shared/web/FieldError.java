package com.osb.salesops.shared.web;

/**
 * One problem with one field of a request.
 *
 * @param field the field's name as the client sent it
 * @param message what is wrong with it, for a person, in the caller's language
 * @param code what is wrong with it, for a program: stable whatever the language
 */
public record FieldError(String field, String message, String code) {

	/** The code of a constraint that has no code of its own. */
	public static final String INVALID = "invalid";

	/**
	 * A problem in the caller's language: the text of {@code field.<code>} in the message
	 * bundles, else the English text given.
	 */
	public static FieldError of(String field, String code, String english, Object... args) {
		return new FieldError(field, Messages.text("field." + code, english, args), code);
	}

}
