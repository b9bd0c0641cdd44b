package com.osb.salesops.shared.language;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The texts of a Camunda Form a person reads, each under a stable key: a component's
 * {@code <id>.label}, {@code <id>.description} and {@code <id>.text}, the label of a
 * choice {@code <id>.values.<value>} and of a table column {@code <id>.columns.<key>}.
 * The form itself holds the English text; a bundle next to it holds the other languages
 * under these keys.
 */
final class FormTexts {

	private FormTexts() {
	}

	/** Every text of the form by key, in the order of the form. */
	static Map<String, String> of(JsonNode form) {
		Map<String, String> texts = new LinkedHashMap<>();
		visit(form, (key, node, field) -> texts.put(key, node.get(field).asText()));
		return texts;
	}

	/**
	 * Replaces every text that the translations have, and leaves the others as they are.
	 */
	static void translate(JsonNode form, Map<String, String> translations) {
		visit(form, (key, node, field) -> {
			String translated = translations.get(key);
			if (translated != null) {
				((ObjectNode) node).put(field, translated);
			}
		});
	}

	private static void visit(JsonNode form, Visitor visitor) {
		for (JsonNode component : form.path("components")) {
			component(component, visitor);
		}
	}

	private static void component(JsonNode component, Visitor visitor) {
		String id = component.path("id").asText("");
		if (!id.isEmpty()) {
			for (String field : new String[] { "label", "description", "text" }) {
				if (hasText(component, field)) {
					visitor.visit(id + "." + field, component, field);
				}
			}
			for (JsonNode choice : component.path("values")) {
				if (hasText(choice, "label")) {
					visitor.visit(id + ".values." + choice.path("value").asText(), choice, "label");
				}
			}
			for (JsonNode column : component.path("columns")) {
				if (hasText(column, "label")) {
					visitor.visit(id + ".columns." + column.path("key").asText(), column, "label");
				}
			}
		}
		for (JsonNode inner : component.path("components")) {
			component(inner, visitor);
		}
	}

	private static boolean hasText(JsonNode node, String field) {
		return node.path(field).isTextual() && !node.path(field).asText().isBlank();
	}

	private interface Visitor {

		void visit(String key, JsonNode node, String field);

	}

}
