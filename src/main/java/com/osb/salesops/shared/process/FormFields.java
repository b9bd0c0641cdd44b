package com.osb.salesops.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.language.FormLabels;
import com.osb.salesops.shared.web.Messages;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The fields a Camunda Form declares, as the server checks a submission against them:
 * each input's key, type, whether a person may change it, and its validation (required,
 * range, length, pattern, the choices of a select or radio group).
 */
final class FormFields {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "select", "radio",
			"datetime", "checklist", "taglist");

	private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private final Map<String, Field> fields;

	private final Set<String> words;

	private final List<String> ownAnswers;

	private FormFields(Map<String, Field> fields, Set<String> words) {
		this.fields = fields;
		this.words = words;
		this.ownAnswers = fields.values().stream().filter(Field::ownAnswer).map(Field::key).toList();
	}

	/** No form at all: nothing may be submitted. */
	static FormFields none() {
		return new FormFields(Map.of(), Set.of());
	}

	static FormFields read(InputStream form) {
		try (form) {
			Map<String, Field> fields = new LinkedHashMap<>();
			JsonNode schema = JSON.readTree(form);
			collect(schema.path("components"), schema.path("id").asText(""), fields);
			Set<String> words = new HashSet<>();
			collectWords(schema, words);
			return new FormFields(fields, Set.copyOf(words));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void collect(JsonNode components, String formId, Map<String, Field> fields) {
		for (JsonNode component : components) {
			String type = component.path("type").asText();
			String key = component.path("key").asText(null);
			if (key != null && INPUTS.contains(type)) {
				fields.put(key, Field.of(formId, key, type, component));
			}
			collect(component.path("components"), formId, fields);
		}
	}

	/**
	 * Every word of the form's texts and keys: the names its fields and templates use.
	 */
	private static void collectWords(JsonNode node, Set<String> words) {
		if (node.isTextual()) {
			WORD.matcher(node.asText()).results().forEach((word) -> words.add(word.group()));
		}
		node.forEach((child) -> collectWords(child, words));
	}

	/**
	 * Whether the form uses a variable of that name anywhere: as a field's key, in a
	 * text's template or in an expression.
	 */
	boolean mentions(String name) {
		return this.words.contains(name);
	}

	/**
	 * The fields a completion must find filled, submitted or already set: the only
	 * variables besides the submitted ones whose values a check reads.
	 */
	List<String> requiredKeys() {
		return this.fields.values()
			.stream()
			.filter((field) -> field.required() && !field.readonly())
			.map(Field::key)
			.toList();
	}

	/**
	 * Whether the field is each person's own answer (custom property {@code answer: own}
	 * in the form): a decision, a confirmation, what they write beside it. Such a field
	 * starts empty on every task, however an earlier task answered it, and is given on
	 * the task that asks it.
	 */
	boolean isOwnAnswer(String key) {
		Field field = this.fields.get(key);
		return field != null && field.ownAnswer();
	}

	/** The keys of the fields that are each person's own answer. */
	List<String> ownAnswers() {
		return this.ownAnswers;
	}

	/** Whether the form shows the field without letting a person change it. */
	boolean isShownOnly(String key) {
		Field field = this.fields.get(key);
		return field != null && field.readonly();
	}

	/**
	 * Every problem with a submission, in words a person reads: fields the form does not
	 * declare, fields it shows but nobody may change, and values its validation refuses.
	 * @param submitted the values submitted, by variable name
	 * @param current the value each variable has now, by name
	 * @param completing whether the task is being completed, so required fields count
	 */
	List<String> problems(Map<String, ?> submitted, Map<String, Object> current, boolean completing) {
		List<String> problems = new ArrayList<>();
		Set<String> undeclared = new TreeSet<>();
		for (Map.Entry<String, ?> entry : submitted.entrySet()) {
			Field field = this.fields.get(entry.getKey());
			if (field == null) {
				undeclared.add(entry.getKey());
			}
			else if (field.readonly()) {
				if (!sameValue(entry.getValue(), current.get(entry.getKey()))) {
					problems.add(field.fieldProblem("form-shown-only", "is shown on the form but may not be changed"));
				}
			}
			else {
				field.check(entry.getValue(), problems);
			}
		}
		if (!undeclared.isEmpty()) {
			problems.add(0,
					Messages.text("field.form-undeclared", "the form has no field {0}", String.join(", ", undeclared)));
		}
		if (completing) {
			for (Field field : this.fields.values()) {
				if (field.required() && !field.readonly() && isEmpty(submitted.get(field.key()))
						&& isEmpty(current.get(field.key()))) {
					problems.add(field.fieldProblem("required", "is required"));
				}
			}
		}
		return problems;
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof String text && text.isBlank());
	}

	private static boolean sameValue(Object submitted, Object current) {
		if (submitted == null || current == null) {
			return submitted == current;
		}
		if (submitted instanceof Number a && current instanceof Number b) {
			return decimal(a).compareTo(decimal(b)) == 0;
		}
		return submitted.equals(current) || submitted.toString().equals(current.toString())
				|| (current instanceof String written
						&& submitted.toString().equals(ShownTexts.of(written, LocaleContextHolder.getLocale())));
	}

	private static BigDecimal decimal(Number number) {
		return (number instanceof BigDecimal exact) ? exact : new BigDecimal(number.toString());
	}

	private record Field(String formId, String id, String key, String label, String type, boolean readonly,
			boolean required, boolean ownAnswer, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength,
			Pattern pattern, Set<String> choices) {

		static Field of(String formId, String key, String type, JsonNode component) {
			JsonNode validate = component.path("validate");
			Set<String> choices = new TreeSet<>();
			component.path("values").forEach((choice) -> choices.add(choice.path("value").asText()));
			return new Field(formId, component.path("id").asText(""), key, component.path("label").asText(key), type,
					component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false),
					validate.path("required").asBoolean(false),
					"own".equals(component.path("properties").path("answer").asText()),
					decimalOrNull(validate.path("min")), decimalOrNull(validate.path("max")),
					intOrNull(validate.path("minLength")), intOrNull(validate.path("maxLength")),
					patternOrNull(validate.path("pattern")), choices);
		}

		/**
		 * A problem of the field in the current request's language, {@code field.<code>}
		 * of the bundles, after the field as its reader knows it: its label on the form
		 * in their language, with its key for whoever calls the API.
		 */
		String fieldProblem(String code, String english, Object... args) {
			String label = FormLabels.of(this.formId, this.id, this.label, LocaleContextHolder.getLocale());
			String named = (label == null || label.isBlank() || label.equals(this.key)) ? this.key
					: Messages.text("field.form-field-named", "{0} ({1})", label.strip(), this.key);
			return Messages.text("field.form-field-problem", "{0} {1}", named,
					Messages.text("field." + code, english, args));
		}

		void check(Object value, List<String> problems) {
			if (value == null) {
				return;
			}
			switch (this.type) {
				case "number" -> checkNumber(value, problems);
				case "checkbox" -> {
					if (!(value instanceof Boolean)) {
						problems.add(fieldProblem("boolean", "must be true or false"));
					}
				}
				case "checklist", "taglist" -> {
					if (!(value instanceof List<?>)) {
						problems.add(fieldProblem("form-list", "must be a list"));
					}
				}
				default -> checkText(value, problems);
			}
		}

		private void checkNumber(Object value, List<String> problems) {
			BigDecimal number;
			try {
				number = (value instanceof Number given) ? decimal(given) : new BigDecimal(value.toString());
			}
			catch (NumberFormatException ex) {
				problems.add(fieldProblem("number", "must be a number"));
				return;
			}
			if (this.min != null && number.compareTo(this.min) < 0) {
				problems.add(fieldProblem("form-min", "must be at least {0}", this.min.toPlainString()));
			}
			if (this.max != null && number.compareTo(this.max) > 0) {
				problems.add(fieldProblem("form-max", "must be at most {0}", this.max.toPlainString()));
			}
		}

		private void checkText(Object value, List<String> problems) {
			if (!(value instanceof String text)) {
				problems.add(fieldProblem("form-text", "must be text"));
				return;
			}
			if (!this.choices.isEmpty() && !text.isEmpty() && !this.choices.contains(text)) {
				problems.add(fieldProblem("one-of", "must be one of {0}", String.join(", ", this.choices)));
			}
			if (this.maxLength != null && text.length() > this.maxLength) {
				problems.add(fieldProblem("form-max-length", "must be at most {0} characters", this.maxLength));
			}
			if (this.minLength != null && !text.isEmpty() && text.length() < this.minLength) {
				problems.add(fieldProblem("form-min-length", "must be at least {0} characters", this.minLength));
			}
			if (this.pattern != null && !text.isEmpty() && !this.pattern.matcher(text).matches()) {
				problems.add(fieldProblem("form-pattern", "is not in the expected format"));
			}
		}

		private static BigDecimal decimalOrNull(JsonNode node) {
			return node.isNumber() ? node.decimalValue() : null;
		}

		private static Integer intOrNull(JsonNode node) {
			return node.isNumber() ? node.intValue() : null;
		}

		private static Pattern patternOrNull(JsonNode node) {
			if (!node.isTextual() || node.asText().isEmpty()) {
				return null;
			}
			try {
				return Pattern.compile(node.asText());
			}
			catch (PatternSyntaxException ex) {
				return null;
			}
		}

	}

}
