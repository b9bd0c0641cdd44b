package com.osb.salesops.shared.language;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Camunda Form reads in both languages: each text of each form (labels, help texts,
 * choices, table columns, texts) has its Simplified Chinese next to it in
 * {@code forms/<process>/<form-id>_zh_CN.properties}, and a bundle holds no key the form
 * no longer has. A failure names each missing key with its English text.
 */
class FormTranslationsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void everyTextOfEveryFormHasItsChineseAndNoBundleKeepsAStaleKey() throws IOException {
		List<String> missing = new ArrayList<>();
		List<String> stale = new ArrayList<>();
		List<Path> forms = forms();
		for (Path form : forms) {
			Map<String, String> texts = FormTexts.of(JSON.readTree(form.toFile()));
			Properties bundle = bundle(form);
			texts.forEach((key, english) -> {
				if (bundle.getProperty(key, "").isBlank()) {
					missing.add(form + ": " + key + " (" + english.lines().findFirst().orElse("") + ")");
				}
			});
			new TreeSet<>(bundle.stringPropertyNames()).stream()
				.filter((key) -> !texts.containsKey(key))
				.forEach((key) -> stale.add(bundle(form, key)));
		}

		assertThat(forms).isNotEmpty();
		assertThat(missing).as("texts of forms without Chinese (add them to the form's _zh_CN.properties)").isEmpty();
		assertThat(stale).as("keys of _zh_CN.properties that their form no longer has").isEmpty();
	}

	@Test
	void rewritesAFormIntoChineseAndLeavesItInEnglish() throws IOException {
		// given
		String form = Files.readString(Path.of("forms/order-approval/approve-order.form"), StandardCharsets.UTF_8);
		FormTranslations translations = new FormTranslations(JSON);

		// when
		JsonNode chinese = JSON.readTree(translations.translate(form, Locale.forLanguageTag("zh-CN")));
		JsonNode english = JSON.readTree(translations.translate(form, Locale.ENGLISH));

		// then
		assertThat(FormTexts.of(chinese)).containsEntry("Field_orderNumber.label", "订单")
			.containsEntry("Table_orderLineItems.columns.sku", "物料编码");
		assertThat(FormTexts.of(english)).containsEntry("Field_orderNumber.label", "Order");
		assertThat(chinese.path("components").get(1).path("key").asText()).isEqualTo("orderNumber");
	}

	private static String bundle(Path form, String key) {
		return form.toString().replace(".form", "_zh_CN.properties") + ": " + key;
	}

	private static Properties bundle(Path form) throws IOException {
		Properties bundle = new Properties();
		Path file = Path.of(form.toString().replace(".form", "_zh_CN.properties"));
		if (Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				bundle.load(reader);
			}
		}
		return bundle;
	}

	private static List<Path> forms() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("forms"))) {
			return files.filter((file) -> file.toString().endsWith(".form")).sorted().toList();
		}
	}

}
