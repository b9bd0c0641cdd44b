package com.osb.salesops.shared.language;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist, Cockpit and Admin read in Simplified Chinese: each webapp's {@code zh.json},
 * written for the project, has every key of the English locale that Camunda ships (a key
 * Camunda adds fails the test until it has its Chinese), keeps each
 * {@code {{placeholder}}}, and the webapp's configuration offers it beside English.
 */
class WebappLocalesTest {

	private static final String APPS = "META-INF/resources/webjars/camunda/app/";

	private static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin" })
	void theChineseWebappHasEveryKeyOfCamundasEnglishWithItsPlaceholders(String app) throws IOException {
		// given
		JsonNode english = read(APPS + app + "/locales/en.json");
		JsonNode chinese = read(APPS + app + "/locales/zh.json");

		// then
		Set<String> missing = keys(english.get("labels"));
		missing.removeAll(keys(chinese.get("labels")));
		assertThat(missing).as("keys of Camunda's en.json of " + app + " without Chinese").isEmpty();
		assertThat(keys(chinese.get("labels"))).isEqualTo(keys(english.get("labels")));
		List<String> untranslated = new ArrayList<>();
		english.get("labels").properties().forEach((label) -> {
			if (leftInEnglish(label.getValue().asText(), chinese.get("labels").get(label.getKey()).asText())) {
				untranslated.add(label.getKey());
			}
		});
		assertThat(untranslated).as("labels of " + app + " left in English").isEmpty();
		assertThat(keys(chinese.get("dateLocales"))).isEqualTo(keys(english.get("dateLocales")));
		List<String> lost = new ArrayList<>();
		english.get("labels").properties().forEach((label) -> {
			for (String place : places(label.getValue().asText())) {
				if (!chinese.get("labels").get(label.getKey()).asText().contains(place)) {
					lost.add(label.getKey() + " " + place);
				}
			}
		});
		assertThat(lost).as("placeholders missing from zh.json").isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin" })
	void theWebappOffersChineseAndEnglish(String app) throws IOException {
		try (InputStream config = getClass().getClassLoader().getResourceAsStream(APPS + app + "/scripts/config.js")) {
			assertThat(new String(config.readAllBytes(), StandardCharsets.UTF_8))
				.contains("availableLocales: ['zh', 'en']", "fallbackLocale: 'zh'");
		}
	}

	/**
	 * Whether the Chinese is missing or the English itself, words and all (product names
	 * and formats excepted). An English plural ending ({@code s}) has no Chinese.
	 */
	private static boolean leftInEnglish(String english, String chinese) {
		if (chinese.isBlank()) {
			return english.strip().length() > 1;
		}
		return chinese.equals(english) && english.matches(".*[a-z]{4}.*")
				&& !english.matches("(?i).*(camunda|optimize|json|csv|yyyy).*");
	}

	private static List<String> places(String text) {
		List<String> places = new ArrayList<>();
		java.util.regex.Matcher place = java.util.regex.Pattern.compile("\\{\\{[^}]+}}").matcher(text);
		while (place.find()) {
			places.add(place.group());
		}
		return places;
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> keys = new TreeSet<>();
		node.fieldNames().forEachRemaining(keys::add);
		return keys;
	}

	/**
	 * The file as the webapp serves it: Camunda's from its jar, the project's own else.
	 */
	private JsonNode read(String path) throws IOException {
		List<URL> found = Collections.list(getClass().getClassLoader().getResources(path));
		assertThat(found).as(path).isNotEmpty();
		try (InputStream in = found.get(0).openStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
		}
	}

}
