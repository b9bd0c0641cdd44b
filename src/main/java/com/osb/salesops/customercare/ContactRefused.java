package com.osb.salesops.customercare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.web.FieldError;

/**
 * A contact, callback or follow-up that cannot be recorded as given: every field at
 * fault, each with its code and what is wrong with it in the language of the request.
 */
public class ContactRefused extends RuntimeException {

	private final Map<String, FieldError> problems;

	public ContactRefused(Map<String, FieldError> problems) {
		super(String.join("; ",
				problems.entrySet().stream().map((e) -> e.getKey() + ": " + e.getValue().message()).toList()));
		this.problems = new LinkedHashMap<>(problems);
	}

	/**
	 * One field at fault: {@code field.<code>} of the message bundles, else the English.
	 */
	public ContactRefused(String field, String code, String english, Object... args) {
		this(Map.of(field, FieldError.of(field, code, english, args)));
	}

	/** Each field at fault with its problem, in the order found. */
	public Map<String, FieldError> problems() {
		return new LinkedHashMap<>(this.problems);
	}

	/** Every problem, in the order found. */
	public List<FieldError> fieldErrors() {
		return List.copyOf(this.problems.values());
	}

	/** The first field at fault. */
	public String firstField() {
		return this.problems.keySet().iterator().next();
	}

}
