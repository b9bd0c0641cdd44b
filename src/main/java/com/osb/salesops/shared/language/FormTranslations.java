package com.osb.salesops.shared.language;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * Camunda Forms in the reader's language. Each form is written in English, as Camunda
 * Modeler edits it; its texts in another language are a bundle next to it,
 * {@code forms/<process>/<form-id>_zh_CN.properties}, keyed as {@link FormTexts} says.
 * The form Tasklist fetches is rewritten with the bundle of the reader's language, so
 * that a form has one source per language and a new form needs only its bundle.
 */
@Component
public class FormTranslations {

	/** Where the bundles are, below the classpath's {@code forms/}. */
	static final String BUNDLES = "classpath*:forms/**/*_*.properties";

	private final Map<String, Map<String, String>> bundles;

	private final ObjectMapper json;

	FormTranslations(ObjectMapper json) {
		this.json = json;
		this.bundles = read();
		FormLabels.use(this);
	}

	/** The form's JSON in the language, or as it is when the language has no bundle. */
	public String translate(String formJson, Locale language) {
		try {
			JsonNode form = this.json.readTree(formJson);
			Map<String, String> translations = translations(form.path("id").asText(""), language);
			if (translations.isEmpty()) {
				return formJson;
			}
			FormTexts.translate(form, translations);
			return this.json.writeValueAsString(form);
		}
		catch (IOException ex) {
			return formJson;
		}
	}

	/**
	 * The texts of the form in the language: language and country, else language only.
	 */
	Map<String, String> translations(String formId, Locale language) {
		Map<String, String> exact = this.bundles
			.get(formId + "_" + language.getLanguage() + "_" + language.getCountry());
		Map<String, String> broad = this.bundles.get(formId + "_" + language.getLanguage());
		if (exact != null) {
			return exact;
		}
		return (broad != null) ? broad : Map.of();
	}

	private static Map<String, Map<String, String>> read() {
		return ModelBundles.read(BUNDLES);
	}

}
