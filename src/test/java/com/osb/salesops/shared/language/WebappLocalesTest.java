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
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasklist reads in Simplified Chinese: the project's {@code zh.json} has every key of
 * the English locale that Camunda ships, keeps each {@code {{placeholder}}}, and the
 * Tasklist configuration offers it.
 */
class WebappLocalesTest {

	private static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theChineseTasklistHasEveryKeyOfCamundasEnglishWithItsPlaceholders() throws IOException {
		// given
		JsonNode english = read(LOCALES + "en.json");
		JsonNode chinese = read(LOCALES + "zh.json");

		// then
		assertThat(keys(chinese.get("labels"))).isEqualTo(keys(english.get("labels")));
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

	@Test
	void tasklistOffersChineseAndEnglish() throws IOException {
		try (InputStream config = getClass().getClassLoader()
			.getResourceAsStream("META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js")) {
			assertThat(new String(config.readAllBytes(), StandardCharsets.UTF_8))
				.contains("availableLocales: ['zh', 'en']");
		}
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
