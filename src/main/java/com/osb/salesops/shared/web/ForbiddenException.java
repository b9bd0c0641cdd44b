package com.osb.salesops.shared.web;

/**
 * The caller is authenticated but their role does not allow this.
 */
public class ForbiddenException extends RuntimeException {

	private final String code;

	public ForbiddenException(String message) {
		this(message, null);
	}

	private ForbiddenException(String message, String code) {
		super(message);
		this.code = code;
	}

	/**
	 * A refusal in the caller's language: the text of {@code problem.<code>} in the
	 * message bundles, else the English text given.
	 */
	public static ForbiddenException of(String code, String english, Object... args) {
		return new ForbiddenException(Messages.text("problem." + code, english, args), code);
	}

	/** What went wrong for a program: the code given, else {@code forbidden}. */
	public String code() {
		return (this.code != null) ? this.code : "forbidden";
	}

}
