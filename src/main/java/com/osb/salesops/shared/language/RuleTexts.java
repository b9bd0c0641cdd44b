package com.osb.salesops.shared.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The explanations of the decision tables in the reader's language. A rule's description
 * is written in English in its table, as Camunda Modeler edits it, and recorded as it is
 * wherever a decision is explained; its text in another language is a bundle next to the
 * table, {@code rules/
 *
<table>
 * _zh_CN.properties}, by the rule's id. A form that shows an explanation shows each
 * description the tables have in the reader's language; a description the bundle lacks,
 * or one changed in a table deployed later, stays as it is.
 */
@Component
public class RuleTexts {

	private static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";

	/** A rule of a rule set and its name in Chinese, {@code rule "..." @zh("...")}. */
	private static final Pattern NAMED = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"\\s*@zh\\(\"([^\"]*)\"\\)");

	/** A rule of a rule set, by its name. */
	private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"([^\"]+)\"");

	private static volatile RuleTexts current;

	/** English description to translation, longest first, by language tag. */
	private final Map<String, Map<String, String>> translations = new HashMap<>();

	RuleTexts() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, Map<String, String>> descriptions = new HashMap<>();
		try {
			for (Resource table : resolver.getResources("classpath*:rules/*.dmn")) {
				try (InputStream in = table.getInputStream()) {
					descriptions.put(tableName(table), descriptions(in));
				}
			}
			for (Resource rules : resolver.getResources("classpath*:rules/**/*.drl")) {
				Map<String, String> chinese = this.translations.computeIfAbsent("zh", (language) -> new HashMap<>());
				Matcher named = NAMED.matcher(rules.getContentAsString(StandardCharsets.UTF_8));
				while (named.find()) {
					chinese.put(named.group(1), named.group(2));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ModelBundles.forEach("classpath*:rules/*_*.properties", (table, language, texts) -> {
			Map<String, String> english = descriptions.getOrDefault(table, Map.of());
			Map<String, String> translated = this.translations.computeIfAbsent(language, (tag) -> new HashMap<>());
			texts.forEach((ruleId, text) -> {
				String description = english.get(ruleId);
				if (description != null && !description.isBlank() && !text.isBlank()) {
					translated.put(description, text);
				}
			});
		});
		this.translations.replaceAll((language, byText) -> longestFirst(byText));
		current = this;
	}

	/**
	 * The text with each rule description it contains in the language, as far as the
	 * bundles have them; without the application, the text as it is.
	 */
	public static String inLanguage(String text, Locale language) {
		RuleTexts texts = current;
		return (texts != null) ? texts.translate(text, language) : text;
	}

	/**
	 * The text with each rule description and rule name it contains in the language: the
	 * language's own texts first (zh_CN), then its broader ones (zh).
	 */
	public String translate(String text, Locale language) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String translated = text;
		for (String tag : List.of(language.getLanguage() + "_" + language.getCountry(), language.getLanguage())) {
			for (Map.Entry<String, String> description : this.translations.getOrDefault(tag, Map.of()).entrySet()) {
				if (translated.contains(description.getKey())) {
					translated = translated.replace(description.getKey(), description.getValue());
				}
			}
		}
		return translated;
	}

	/**
	 * Every rule id whose description, and every rule name of a rule set that, has no
	 * text in the language, by table or rule set.
	 */
	Map<String, List<String>> untranslated(Locale language) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, List<String>> missing = new LinkedHashMap<>();
		try {
			for (Resource table : resolver.getResources("classpath*:rules/*.dmn")) {
				try (InputStream in = table.getInputStream()) {
					descriptions(in).forEach((ruleId, description) -> {
						if (!description.isBlank() && translate(description, language).equals(description)) {
							missing.computeIfAbsent(tableName(table), (name) -> new ArrayList<>()).add(ruleId);
						}
					});
				}
			}
			for (Resource rules : resolver.getResources("classpath*:rules/**/*.drl")) {
				Matcher rule = RULE.matcher(rules.getContentAsString(StandardCharsets.UTF_8));
				while (rule.find()) {
					if (translate(rule.group(1), language).equals(rule.group(1))) {
						missing.computeIfAbsent(String.valueOf(rules.getFilename()), (name) -> new ArrayList<>())
							.add(rule.group(1));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return missing;
	}

	private static String tableName(Resource table) {
		String file = String.valueOf(table.getFilename());
		return file.substring(0, file.length() - ".dmn".length());
	}

	private static Map<String, String> longestFirst(Map<String, String> byText) {
		Map<String, String> ordered = new LinkedHashMap<>();
		byText.entrySet()
			.stream()
			.sorted(Comparator.comparingInt((Map.Entry<String, String> entry) -> entry.getKey().length()).reversed())
			.forEach((entry) -> ordered.put(entry.getKey(), entry.getValue()));
		return ordered;
	}

	private static Map<String, String> descriptions(InputStream dmn) throws IOException {
		try {
			NodeList rules = ModelBundles.parser().parse(dmn).getElementsByTagNameNS(DMN, "rule");
			Map<String, String> descriptions = new LinkedHashMap<>();
			for (int i = 0; i < rules.getLength(); i++) {
				Element rule = (Element) rules.item(i);
				NodeList description = rule.getElementsByTagNameNS(DMN, "description");
				if (description.getLength() > 0) {
					descriptions.put(rule.getAttribute("id"), description.item(0).getTextContent().strip());
				}
			}
			return descriptions;
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("A decision table does not read: " + ex.getMessage(), ex);
		}
	}

}
