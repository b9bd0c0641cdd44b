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

	/** The most digits before the decimal point a number may have: 999 trillion. */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** The most decimals a number may have. */
	public static final int MAX_DECIMALS = 4;

	/** The longest text a field takes unless it says otherwise. */
	public static final int DEFAULT_MAX_LENGTH = 100;

	/** The earliest date a field takes. */
	public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

	/** The latest date a field takes. */
	public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

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
		BigDecimal decimal;
		try {
			decimal = new BigDecimal(number.toString());
		}
		catch (NumberFormatException ex) {
			return reject(field, "must be a finite number");
		}
		// checked on the digits alone, before any arithmetic, so that 1e10000000 costs
		// nothing
		if (decimal.precision() - decimal.scale() > MAX_INTEGER_DIGITS) {
			return reject(field, "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
		}
		if (decimal.scale() > MAX_DECIMALS && decimal.stripTrailingZeros().scale() > MAX_DECIMALS) {
			return reject(field, "must have at most " + MAX_DECIMALS + " decimals");
		}
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

	/** An optional value of an enumeration, {@code null} when absent. */
	public <E extends Enum<E>> E optionalChoice(String field, Class<E> type) {
		return (this.body.get(field) == null) ? null : choice(field, type);
	}

	/** A required non-blank text of at most {@value #DEFAULT_MAX_LENGTH} characters. */
	public String text(String field) {
		return text(field, DEFAULT_MAX_LENGTH);
	}

	/** A required non-blank text of at most the given length. */
	public String text(String field, int maxLength) {
		Object value = this.body.get(field);
		if (value == null || (value instanceof String text && text.isBlank())) {
			return missing(field);
		}
		return withinLength(field, value, maxLength);
	}

	private String withinLength(String field, Object value, int maxLength) {
		if (!(value instanceof String text)) {
			return reject(field, "must be text");
		}
		if (text.length() > maxLength) {
			return reject(field, "must be at most " + maxLength + " characters, not " + text.length());
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
		LocalDate date;
		try {
			date = LocalDate.parse(value.toString());
		}
		catch (DateTimeParseException ex) {
			return reject(field, "must be a date like 2026-12-31");
		}
		if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
			return reject(field, "must be between " + FIRST_DATE + " and " + LAST_DATE);
		}
		return date;
	}

	/** An optional text of at most {@value #DEFAULT_MAX_LENGTH} characters. */
	public String optionalText(String field) {
		return optionalText(field, DEFAULT_MAX_LENGTH);
	}

	/** An optional text of at most the given length. */
	public String optionalText(String field, int maxLength) {
		Object value = this.body.get(field);
		return (value == null) ? null : withinLength(field, value, maxLength);
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
