package com.osb.salesops.shared.language;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The texts of a model in another language, a bundle next to the model on the classpath
 * ({@code forms/<process>/<form>_zh_CN.properties},
 * {@code processes/<key>_zh_CN.properties}, {@code rules/
 *
<table>
 * _zh_CN.properties}), and the parser the models are read with.
 */
final class ModelBundles {

	/** A bundle's file name: its model's name, then its language. */
	private static final Pattern NAME = Pattern.compile("([^/]+)_([a-z]{2}(?:_[A-Z]{2})?)\\.properties$");

	private ModelBundles() {
	}

	/** What is done with each bundle found. */
	interface Visitor {

		void visit(String model, String language, Map<String, String> texts);

	}

	/** Every bundle the location pattern finds, by {@code <model>_<language>}. */
	static Map<String, Map<String, String>> read(String locationPattern) {
		Map<String, Map<String, String>> bundles = new HashMap<>();
		forEach(locationPattern, (model, language, texts) -> bundles.put(model + "_" + language, texts));
		return bundles;
	}

	/** Hands each bundle the location pattern finds to the visitor. */
	static void forEach(String locationPattern, Visitor visitor) {
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(locationPattern)) {
				Matcher name = NAME.matcher(String.valueOf(resource.getFilename()));
				if (name.find()) {
					visitor.visit(name.group(1), name.group(2), texts(resource));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> texts(Resource resource) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		Map<String, String> bundle = new HashMap<>();
		texts.forEach((key, value) -> bundle.put((String) key, (String) value));
		return bundle;
	}

	/** A namespace-aware parser of models that reads no external entity. */
	static DocumentBuilder parser() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder();
	}

}
