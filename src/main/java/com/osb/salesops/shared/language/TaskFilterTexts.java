package com.osb.salesops.shared.language;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.osb.salesops.shared.web.Messages;

/**
 * The task lists of Tasklist in the reader's language. A list keeps one name, its
 * description and the labels of its cards, as the engine stores them (in English, as the
 * platform creates them); each reader gets them from the message bundles: the name under
 * {@code task-filter.<name in kebab-case>}, the description under
 * {@code task-filter.<name in kebab-case>.description}, a card's label under
 * {@code task-card.<variable>}. A list someone made with a name of their own keeps it.
 */
final class TaskFilterTexts {

	private TaskFilterTexts() {
	}

	/** Whether the JSON object is a task list (a filter of tasks). */
	static boolean isTaskList(JsonNode node) {
		return "Task".equals(node.path("resourceType").asText(null)) && node.path("name").isTextual();
	}

	static void translate(ObjectNode filter, Locale language) {
		String name = filter.get("name").asText();
		String code = "task-filter." + code(name);
		filter.put("name", Messages.text(language, code, name));
		if (filter.path("properties") instanceof ObjectNode properties) {
			if (properties.path("description").isTextual()) {
				properties.put("description",
						Messages.text(language, code + ".description", properties.get("description").asText()));
			}
			for (JsonNode variable : properties.path("variables")) {
				if (variable instanceof ObjectNode card && card.path("label").isTextual()
						&& card.path("name").isTextual()) {
					card.put("label", Messages.text(language, "task-card." + card.get("name").asText(),
							card.get("label").asText()));
				}
			}
		}
	}

	/**
	 * {@code Sales manager approvals, oldest first} is
	 * {@code sales-manager-approvals-oldest-first}.
	 */
	static String code(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
