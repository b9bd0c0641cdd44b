package com.osb.salesops.shared.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.shared.web.Messages;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What a person answered at a task, as the audit trail records it ({@code [name=value,
 * …]} after the task's name), in the words of the forms: each field by its label and each
 * choice by its option's label, in the reader's language ({@link FormTranslations}), a
 * yes or no as a word. A field no form has keeps its name, a value no option has stays as
 * given.
 */
@Component
public class FormAnswers {

	/** The answers at the end of a detail: {@code [name=value, name=value]}. */
	private static final Pattern ANSWERS = Pattern
		.compile(" \\[((?:[A-Za-z][A-Za-z0-9_]*=[^\\n]*?)(?:, [A-Za-z][A-Za-z0-9_]*=[^\\n]*?)*)]$");

	/** A field of a form: its form, its component and the labels the form gives it. */
	private record Field(String formId, String componentId, String label, Map<String, String> options) {
	}

	private final FormTranslations translations;

	/** Each field by its key, as the first form that asks for it names it. */
	private final Map<String, Field> fields;

	FormAnswers(FormTranslations translations, ObjectMapper json) {
		this.translations = translations;
		this.fields = read(json);
	}

	/** The detail with its answers in the reader's words, else as it is. */
	public String inLanguage(String detail, Locale language) {
		Matcher answers = (detail != null) ? ANSWERS.matcher(detail) : null;
		if (answers == null || !answers.find()) {
			return detail;
		}
		String worded = NamedValues.worded(answers.group(1), language, (answer) -> Optional
			.of(new NamedValues.Pair(label(answer.name(), language), value(answer.name(), answer.value(), language))));
		return detail.substring(0, answers.start()) + Messages.text(language, "audit-detail.answers", " [{0}]", worded);
	}

	private String label(String name, Locale language) {
		Field field = this.fields.get(name);
		if (field == null || field.label().isBlank()) {
			return name;
		}
		return this.translations.translations(field.formId(), language)
			.getOrDefault(field.componentId() + ".label", field.label());
	}

	/**
	 * The answer given to the field, in the language: its option's label, a yes or no as
	 * a word, else the value as given.
	 */
	public String value(String name, String value, Locale language) {
		Field field = this.fields.get(name);
		if (field != null && field.options().containsKey(value)) {
			return this.translations.translations(field.formId(), language)
				.getOrDefault(field.componentId() + ".values." + value, field.options().get(value));
		}
		if ("true".equals(value) || "false".equals(value)) {
			return Messages.text(language, "answer." + value, value.equals("true") ? "yes" : "no");
		}
		return value;
	}

	private static Map<String, Field> read(ObjectMapper json) {
		Map<String, Field> fields = new LinkedHashMap<>();
		try {
			for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
				try (InputStream in = form.getInputStream()) {
					JsonNode model = json.readTree(in);
					collect(model.path("id").asText(""), model.path("components"), fields);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(fields);
	}

	private static void collect(String formId, JsonNode components, Map<String, Field> fields) {
		for (JsonNode component : components) {
			String key = component.path("key").asText("");
			if (!key.isEmpty() && !fields.containsKey(key)) {
				Map<String, String> options = new HashMap<>();
				for (JsonNode choice : component.path("values")) {
					options.put(choice.path("value").asText(), choice.path("label").asText());
				}
				fields.put(key, new Field(formId, component.path("id").asText(""), component.path("label").asText(""),
						Map.copyOf(options)));
			}
			collect(formId, component.path("components"), fields);
		}
	}

}
