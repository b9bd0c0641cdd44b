package com.osb.salesops.shared.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The expression languages a decision table is written in. FEEL runs nothing but its own
 * functions (calls into Java are switched off); every other language the engine knows
 * (JUEL, a script engine) calls methods on the server. The model is read with the parser
 * the engine reads it with, so the languages found are the ones it would evaluate,
 * however the file is written: attributes in single or double quotes, any encoding, on
 * any element or as the model's default.
 */
public final class DecisionLanguages {

	private static final String ATTRIBUTE = "expressionLanguage";

	private static final Set<String> FEEL = Set.of(DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE,
			DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN12,
			DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN13,
			DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN14,
			DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_DMN15);

	private DecisionLanguages() {
	}

	/**
	 * Every language other than FEEL the model names, in name order. A file the engine
	 * cannot read as a model (it evaluates nothing of it) is read as plain XML, so that
	 * the answer still names the language it asks for; empty when it is no XML at all.
	 */
	public static Set<String> otherThanFeel(byte[] dmn) {
		try {
			return otherThanFeel(Dmn.readModelFromStream(new ByteArrayInputStream(dmn)));
		}
		catch (RuntimeException unreadable) {
			return inPlainXml(dmn);
		}
	}

	private static Set<String> inPlainXml(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			Set<String> languages = new TreeSet<>();
			collect(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)), languages);
			return languages;
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			return Set.of();
		}
	}

	/** Every language other than FEEL the model names, in name order. */
	public static Set<String> otherThanFeel(DmnModelInstance model) {
		Set<String> languages = new TreeSet<>();
		collect(model.getDocument().getDomSource().getNode(), languages);
		return languages;
	}

	/** Whether the engine evaluates an expression in this language as FEEL. */
	static boolean isFeel(String language) {
		return FEEL.contains(language) || DefaultDmnEngineConfiguration.FEEL_EXPRESSION_LANGUAGE_ALTERNATIVE
			.equals(language.toLowerCase(Locale.ROOT));
	}

	private static void collect(Node node, Set<String> languages) {
		NamedNodeMap attributes = node.getAttributes();
		for (int i = 0; attributes != null && i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			String name = (attribute.getLocalName() != null) ? attribute.getLocalName() : attribute.getName();
			if (name.endsWith(ATTRIBUTE) && !isFeel(attribute.getValue())) {
				languages.add(attribute.getValue());
			}
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
			collect(child, languages);
		}
	}

}
