package com.osb.salesops.shared.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * Reads the fields of a JSON request body one by one, collecting every problem instead of
 * stopping at the first, so that the answer names each offending field.
 */
public final class RequestFields {

	private final Map<String, Object> body;

	private final String prefix;

	private final List<FieldError> errors;

	public RequestFields(Map<String, Object> body) {
		this(body, "", new ArrayList<>());
	}

	private RequestFields(Map<String, Object> body, String prefix, List<FieldError> errors) {
		this.body = (body != null) ? body : Map.of();
		this.prefix = prefix;
		this.errors = errors;
	}

	/** The fields of a nested object, reporting problems under {@code prefix.field}. */
	public RequestFields nested(Map<String, Object> nestedBody, String nestedPrefix) {
		return new RequestFields(nestedBody, nestedPrefix + ".", this.errors);
	}

	/** A required decimal, at least {@code min} when {@code min} is given. */
	public BigDecimal decimal(String field, BigDecimal min) {
		Object value = this.body.get(field);
		if (value == null) {
			return missing(field);
		}
		if (!(value instanceof Number number)) {
			return reject(field, "must be a number, not " + describe(value));
		}
		BigDecimal decimal = new BigDecimal(number.toString());
		if (min != null && decimal.compareTo(min) < 0) {
			return reject(field, "must be " + min.toPlainString() + " or more");
		}
		return decimal;
	}

	/** An optional decimal with a default. */
	public BigDecimal optionalDecimal(String field, BigDecimal defaultValue) {
		return this.body.get(field) == null ? defaultValue : decimal(field, null);
	}

	/** A required whole number, at least {@code min}. */
	public Integer wholeNumber(String field, int min) {
		BigDecimal decimal = decimal(field, BigDecimal.valueOf(min));
		if (decimal == null) {
			return null;
		}
		if (decimal.stripTrailingZeros().scale() > 0) {
			return reject(field, "must be a whole number");
		}
		if (decimal.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
			return reject(field, "is too large");
		}
		return decimal.intValueExact();
	}

	/** A required value of an enumeration. */
	public <E extends Enum<E>> E choice(String field, Class<E> type) {
		Object value = this.body.get(field);
		if (value == null) {
			return missing(field);
		}
		String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
		if (!(value instanceof String text)) {
			return reject(field, "must be one of " + allowed);
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			return reject(field, "must be one of " + allowed + ", not '" + text + "'");
		}
	}

	/** A required non-blank text. */
	public String text(String field) {
		Object value = this.body.get(field);
		if (value == null || (value instanceof String text && text.isBlank())) {
			return missing(field);
		}
		if (!(value instanceof String text)) {
			return reject(field, "must be text");
		}
		return text;
	}

	/**
	 * A required, non-empty array of objects. Each element is read with its own prefix,
	 * so that a problem is reported as, say, {@code lines[2].quantity}.
	 */
	@SuppressWarnings("unchecked")
	public List<RequestFields> objects(String field) {
		Object value = this.body.get(field);
		if (!(value instanceof List<?> items) || items.isEmpty()) {
			addError(field, (value == null) ? "is required" : "must be a non-empty list");
			return List.of();
		}
		List<RequestFields> elements = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String prefix = field + "[" + i + "]";
			if (items.get(i) instanceof Map<?, ?> item) {
				elements.add(new RequestFields((Map<String, Object>) item, this.prefix + prefix + ".", this.errors));
			}
			else {
				addError(prefix, "must be an object");
			}
		}
		return elements;
	}

	/** An optional ISO date (yyyy-MM-dd). */
	public LocalDate optionalDate(String field) {
		Object value = this.body.get(field);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.toString());
		}
		catch (DateTimeParseException ex) {
			return reject(field, "must be a date like 2026-12-31");
		}
	}

	/** An optional text. */
	public String optionalText(String field) {
		Object value = this.body.get(field);
		if (value == null) {
			return null;
		}
		return (value instanceof String text) ? text : reject(field, "must be text");
	}

	/** Reports a problem with a field found by a rule rather than by its format. */
	public void addError(String field, String message) {
		this.errors.add(new FieldError(this.prefix + field, message));
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** Throws a 422 naming every problem, if there was any. */
	public void throwIfInvalid() {
		if (hasErrors()) {
			throw new InvalidRequestException(HttpStatus.UNPROCESSABLE_ENTITY,
					"The request has " + this.errors.size() + " invalid field(s)", this.errors);
		}
	}

	private <T> T missing(String field) {
		return reject(field, "is required");
	}

	private <T> T reject(String field, String message) {
		addError(field, message);
		return null;
	}

	private static String describe(Object value) {
		return (value instanceof String text) ? "the text '" + text + "'" : value.getClass().getSimpleName();
	}

}
