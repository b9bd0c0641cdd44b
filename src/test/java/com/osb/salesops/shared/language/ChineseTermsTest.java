package com.osb.salesops.shared.language;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chinese a department reads says one thing one way: each concept has one word in
 * every text (the message bundles, the forms, the task names and descriptions, the
 * rules), and what Tasklist shows (the forms, the tasks' names and descriptions) names no
 * API call and no English word but the codes a person types or reads on paper.
 */
class ChineseTermsTest {

	/** A word that is not used, and the one used for the same concept. */
	private static final Map<String, String> ONE_WORD = Map.of("贷项通知单", "红字发票", "贷项", "红字发票", "销售漏斗", "销售管道", "大区",
			"市场", "顾客", "客户", "业务员", "销售代表", "佣金", "提成", "授信额度", "信用额度", "缺勤", "休假", "提成对账单", "提成结算单");

	/**
	 * The English a Chinese form or task may show: codes the person types (a CSV file's
	 * header, the channels, a decision's keywords) or reads on paper (file types, the
	 * invoice's number prefix, the prepayment terms). A letter alone is a code too: a
	 * credit grade, the Q of a quarter.
	 */
	private static final Set<String> CODES = Set.of("PDF", "CSV", "DIRECT", "DISTRIBUTOR", "ONLINE", "month", "sku",
			"channel", "quantity", "amount", "ADJUST", "REJECT", "PREPAY", "FP");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z_]+");

	/** What a text fills in or links to: its places and variables, not words. */
	private static final Pattern PLACES = Pattern.compile("\\$\\{[^}]*}|\\{\\{[^}]*}}|\\{\\d+[^}]*}|\\\\n|\\n");

	@Test
	void everyChineseTextUsesOneWordForEachConcept() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : chineseTexts(Path.of("src/main/resources"), Path.of("forms"), Path.of("processes"),
				Path.of("rules"))) {
			texts(file).forEach((key, text) -> ONE_WORD.forEach((word, used) -> {
				if (text.contains(word)) {
					found.add(file + " " + key + ": " + word + " (say " + used + ")");
				}
			}));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void whatTasklistShowsNamesNoApiCallAndNoEnglishButCodes() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path file : chineseTexts(Path.of("forms"), Path.of("processes"))) {
			texts(file).forEach((key, text) -> {
				if (text.contains("/api/")) {
					found.add(file + " " + key + ": an API call");
				}
				Matcher word = LATIN.matcher(PLACES.matcher(text).replaceAll(" "));
				while (word.find()) {
					if (!CODES.contains(word.group())) {
						found.add(file + " " + key + ": " + word.group());
					}
				}
			});
		}
		assertThat(found).isEmpty();
	}

	private static List<Path> chineseTexts(Path... folders) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path folder : folders) {
			try (Stream<Path> found = Files.walk(folder)) {
				found.filter((file) -> file.getFileName().toString().endsWith("_zh_CN.properties"))
					.sorted()
					.forEach(files::add);
			}
		}
		assertThat(files).isNotEmpty();
		return files;
	}

	private static Map<String, String> texts(Path file) throws IOException {
		Properties texts = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		Map<String, String> byKey = new java.util.TreeMap<>();
		texts.forEach((key, text) -> byKey.put((String) key, (String) text));
		return byKey;
	}

}
