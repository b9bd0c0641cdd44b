package com.osb.salesops.shared.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every action the code records in the audit trail by its code has its name in English
 * and in Chinese ({@code audit.<ACTION>}), so that a reader of an order's timeline reads
 * what was done in their language.
 */
class AuditActionTextsTest {

	/** An action given as a literal where an entry is recorded. */
	private static final Pattern RECORDED = Pattern
		.compile("\\brecord\\(\\s*[^,()]+(?:\\([^()]*\\))?\\s*,\\s*\"([A-Z][A-Z_]{3,})\"\\s*,");

	@Test
	void everyActionRecordedHasItsNameInBothLanguages() throws IOException {
		Set<String> actions = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher recorded = RECORDED.matcher(Files.readString(source));
				while (recorded.find()) {
					actions.add(recorded.group(1));
				}
			}
		}
		Properties english = read("messages.properties");
		Properties chinese = read("messages_zh_CN.properties");
		List<String> missing = new ArrayList<>();
		for (String action : actions) {
			if (!english.containsKey("audit." + action) || !chinese.containsKey("audit." + action)) {
				missing.add(action);
			}
		}

		assertThat(actions).contains("ORDER_SUBMITTED", "TASK_COMPLETED", "STOCK_RESERVED", "INVOICE_ISSUED");
		assertThat(missing).as("actions without audit.<ACTION> in messages.properties and messages_zh_CN.properties")
			.isEmpty();
	}

	@Test
	void everyDocumentTemplateHasItsNameInBothLanguages() throws IOException {
		Properties english = read("messages.properties");
		Properties chinese = read("messages_zh_CN.properties");
		List<String> templates;
		try (Stream<Path> files = Files.list(Path.of("documents"))) {
			templates = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".template"))
				.map((name) -> name.substring(0, name.length() - ".template".length()))
				.toList();
		}

		assertThat(templates).contains("sales-contract", "invoice");
		assertThat(templates).as("templates without document-template.<name> in both bundles")
			.allMatch((name) -> english.containsKey("document-template." + name)
					&& chinese.containsKey("document-template." + name));
	}

	private static Properties read(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
