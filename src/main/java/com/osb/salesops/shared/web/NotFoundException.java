package com.osb.salesops.shared.web;

/**
 * The thing asked for does not exist (or the caller may not know that it does).
 */
public class NotFoundException extends RuntimeException {

	private final String code;

	public NotFoundException(String message) {
		this(message, null);
	}

	private NotFoundException(String message, String code) {
		super(message);
		this.code = code;
	}

	/**
	 * A refusal in the caller's language: the text of {@code problem.<code>} in the
	 * message bundles, else the English text given.
	 */
	public static NotFoundException of(String code, String english, Object... args) {
		return new NotFoundException(Messages.text("problem." + code, english, args), code);
	}

	/** What went wrong for a program: the code given, else {@code not-found}. */
	public String code() {
		return (this.code != null) ? this.code : "not-found";
	}

}
