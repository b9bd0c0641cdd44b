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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * or one changed in a table deployed later, stays as it is. A decision's name and an
 * input's label have theirs in the same bundle, by the element's id, for whoever reads
 * what a decision was given.
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

	/**
	 * A decision's name or an input's label to its translation, by language tag: a name
	 * is translated whole, never inside another text.
	 */
	private final Map<String, Map<String, String>> labels = new HashMap<>();

	RuleTexts() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, Map<String, String>> descriptions = new HashMap<>();
		Map<String, Map<String, String>> names = new HashMap<>();
		try {
			for (Resource table : resolver.getResources("classpath*:rules/*.dmn")) {
				try (InputStream in = table.getInputStream()) {
					Document model = read(in);
					descriptions.put(tableName(table), descriptions(model));
					names.put(tableName(table), names(model));
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
			Map<String, String> named = names.getOrDefault(table, Map.of());
			texts.forEach((id, text) -> {
				String description = english.get(id);
				if (description != null && !description.isBlank() && !text.isBlank()) {
					translated.put(description, text);
				}
				String name = named.get(id);
				if (name != null && !text.isBlank()) {
					this.labels.computeIfAbsent(language, (tag) -> new HashMap<>()).putIfAbsent(name, text);
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
	 * The text with each rule description it contains in the language of the request
	 * being answered.
	 */
	public static String forReader(String text) {
		return inLanguage(text, LocaleContextHolder.getLocale());
	}

	/**
	 * The texts, each with the rule descriptions it contains in the reader's language.
	 */
	public static List<String> forReader(List<String> texts) {
		if (texts == null) {
			return null;
		}
		Locale reader = LocaleContextHolder.getLocale();
		return texts.stream().map((text) -> inLanguage(text, reader)).toList();
	}

	/**
	 * The answer with the texts of the named fields, wherever they are in it (a text or a
	 * list of texts), in the reader's language; every other value as it is.
	 */
	public static JsonNode forReader(JsonNode answer, Set<String> fields) {
		Locale reader = LocaleContextHolder.getLocale();
		if (answer.isObject()) {
			ObjectNode object = (ObjectNode) answer;
			List<String> names = new ArrayList<>();
			object.fieldNames().forEachRemaining(names::add);
			for (String name : names) {
				JsonNode value = object.get(name);
				if (fields.contains(name) && value.isTextual()) {
					object.put(name, inLanguage(value.asText(), reader));
				}
				else if (fields.contains(name) && value.isArray()) {
					for (int i = 0; i < value.size(); i++) {
						if (value.get(i).isTextual()) {
							((ArrayNode) value).set(i, inLanguage(value.get(i).asText(), reader));
						}
					}
				}
				else {
					forReader(value, fields);
				}
			}
		}
		else if (answer.isArray()) {
			answer.forEach((element) -> forReader(element, fields));
		}
		return answer;
	}

	/**
	 * A decision's name or an input's label, as its table writes it, in the language;
	 * without a translation, or without the application, as it is.
	 */
	public static String labelInLanguage(String label, Locale language) {
		RuleTexts texts = current;
		return (texts != null) ? texts.label(label, language) : label;
	}

	/**
	 * A decision's name or an input's label in the language, as far as the bundles have
	 * it.
	 */
	public String label(String label, Locale language) {
		if (label == null) {
			return null;
		}
		for (String tag : List.of(language.getLanguage() + "_" + language.getCountry(), language.getLanguage())) {
			String translated = this.labels.getOrDefault(tag, Map.of()).get(label);
			if (translated != null) {
				return translated;
			}
		}
		return label;
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
	 * Every rule id whose description, every decision and input whose name, and every
	 * rule name of a rule set that, has no text in the language, by table or rule set.
	 */
	Map<String, List<String>> untranslated(Locale language) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Map<String, List<String>> missing = new LinkedHashMap<>();
		try {
			for (Resource table : resolver.getResources("classpath*:rules/*.dmn")) {
				try (InputStream in = table.getInputStream()) {
					Document model = read(in);
					descriptions(model).forEach((ruleId, description) -> {
						if (!description.isBlank() && translate(description, language).equals(description)) {
							missing.computeIfAbsent(tableName(table), (name) -> new ArrayList<>()).add(ruleId);
						}
					});
					names(model).forEach((id, name) -> {
						if (label(name, language).equals(name)) {
							missing.computeIfAbsent(tableName(table), (key) -> new ArrayList<>()).add(id);
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

	private static Document read(InputStream dmn) throws IOException {
		try {
			return ModelBundles.parser().parse(dmn);
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("A decision table does not read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Each rule's description by the rule's id, and each output that is a sentence (a
	 * text with a space, which a person reads: a reason) by the output entry's id.
	 */
	private static Map<String, String> descriptions(Document model) {
		NodeList rules = model.getElementsByTagNameNS(DMN, "rule");
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (int i = 0; i < rules.getLength(); i++) {
			Element rule = (Element) rules.item(i);
			NodeList description = rule.getElementsByTagNameNS(DMN, "description");
			if (description.getLength() > 0) {
				descriptions.put(rule.getAttribute("id"), description.item(0).getTextContent().strip());
			}
			NodeList outputs = rule.getElementsByTagNameNS(DMN, "outputEntry");
			for (int j = 0; j < outputs.getLength(); j++) {
				String text = outputs.item(j).getTextContent().strip();
				if (text.length() > 2 && text.startsWith("\"") && text.endsWith("\"") && text.indexOf(' ') > 0) {
					descriptions.put(((Element) outputs.item(j)).getAttribute("id"),
							text.substring(1, text.length() - 1));
				}
			}
		}
		return descriptions;
	}

	/** Each decision's name and each input's label, by the element's id. */
	private static Map<String, String> names(Document model) {
		Map<String, String> names = new LinkedHashMap<>();
		for (String[] named : List.of(new String[] { "decision", "name" }, new String[] { "input", "label" })) {
			NodeList elements = model.getElementsByTagNameNS(DMN, named[0]);
			for (int i = 0; i < elements.getLength(); i++) {
				Element element = (Element) elements.item(i);
				String name = element.getAttribute(named[1]).strip();
				if (!name.isEmpty()) {
					names.put(element.getAttribute("id"), name);
				}
			}
		}
		return names;
	}

}
