package com.osb.salesops.shared.language;

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
 * Every text the API answers and every notification reads in Chinese too: each code of
 * the English bundle has its Chinese with the same places, and each code the code names
 * (a refusal, a field's problem, a notification) has its Chinese.
 */
class MessageBundlesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Pattern PLACE = Pattern.compile("\\{\\d+}");

	private static final Pattern REFUSAL = Pattern.compile("\\b(?:(NotFoundException|ForbiddenException"
			+ "|InvalidRequestException|FieldError|Text|ImportProblem|Problem|FileProblem|ForecastRefused)\\.of"
			+ "|(problem|fieldProblem|new QuotaPlanRefused|Messages\\.incident|Messages\\.inCompanyLanguage|Messages\\.text"
			+ "|ReportWords\\.word))\\(");

	@Test
	void everyEnglishCodeHasItsChineseWithTheSamePlaces() throws IOException {
		// given
		Properties english = read("messages.properties");
		Properties chinese = read("messages_zh_CN.properties");

		// then
		List<String> missing = new ArrayList<>();
		List<String> places = new ArrayList<>();
		for (String code : english.stringPropertyNames()) {
			String zh = chinese.getProperty(code);
			if (zh == null) {
				missing.add(code);
			}
			else if (!places(english.getProperty(code)).equals(places(zh))) {
				places.add(code);
			}
		}
		assertThat(missing).as("codes of messages.properties without Chinese").isEmpty();
		assertThat(places).as("codes whose Chinese has other places than the English").isEmpty();
		Set<String> stale = new TreeSet<>(chinese.stringPropertyNames());
		stale.removeAll(english.stringPropertyNames());
		stale.removeIf((code) -> code.startsWith("mail."));
		assertThat(stale).as("Chinese codes the English bundle no longer has").isEmpty();
	}

	@Test
	void everyCodeTheCodeNamesHasItsChinese() throws IOException {
		// given
		Properties chinese = read("messages_zh_CN.properties");
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				codes.addAll(codes(Files.readString(source)));
			}
		}

		// then
		assertThat(codes).as("codes named in the code").hasSizeGreaterThan(100);
		assertThat(codes.stream().filter((code) -> !chinese.containsKey(code)).toList())
			.as("codes named in the code without Chinese")
			.isEmpty();
	}

	@Test
	void theCodesOfTheCodeAreFoundWhereverTheFieldIsWritten() {
		assertThat(codes("FieldError.of(prefix + \".id\", \"rep-id\", \"must be\")")).containsExactly("field.rep-id");
		assertThat(codes("InvalidRequestException.of(HttpStatus.CONFLICT, \"order-closed\", \"x\", List.of())"))
			.containsExactly("problem.order-closed");
		assertThat(codes("Text.of(\"order-status.\" + status, status)")).isEmpty();
		assertThat(codes("row.problem(\"sku\", \"csv-no-such-product\", \"there is\", sku)"))
			.containsExactly("field.csv-no-such-product");
		assertThat(codes("ImportProblem.of(1, null, \"csv-header\", \"must be\")")).containsExactly("field.csv-header");
		assertThat(codes("ForecastRefused.of(\"period\", \"cycle-opened\", \"x\", month)"))
			.containsExactly("problem.cycle-opened", "field.cycle-opened");
		assertThat(codes("Messages.incident(\"out-of-stock\", \"x\")")).containsExactly("incident.out-of-stock");
		assertThat(codes("Messages.inCompanyLanguage(\"note.own-level\", \"x\")")).containsExactly("note.own-level");
		assertThat(codes("Messages.text(\"field.form-target\", \"The target\")")).containsExactly("field.form-target");
		assertThat(codes("ReportWords.word(language, \"orders\", \"Orders\")")).containsExactly("report.orders");
	}

	/**
	 * The bundle codes of the refusals, problems, notifications, incidents, notes and
	 * report words the source writes with a fixed code: each call, the arguments before
	 * its code, and the prefixes of its code in the bundles.
	 */
	static List<String> codes(String source) {
		List<String> codes = new ArrayList<>();
		Matcher call = REFUSAL.matcher(source);
		while (call.find()) {
			String name = (call.group(1) != null) ? call.group(1) : call.group(2);
			int at = call.end();
			for (int skipped = 0; skipped < skipped(name) && at >= 0; skipped++) {
				at = afterFirstArgument(source, at);
			}
			if (at < 0) {
				continue;
			}
			Matcher code = Pattern.compile("\\s*\"([^\"]+)\"\\s*,").matcher(source).region(at, source.length());
			if (code.lookingAt()) {
				for (String prefix : prefixes(name)) {
					codes.add(prefix + code.group(1));
				}
			}
		}
		return codes;
	}

	private static int skipped(String call) {
		return switch (call) {
			case "FieldError", "InvalidRequestException", "problem", "Problem", "ForecastRefused",
					"new QuotaPlanRefused", "ReportWords.word" ->
				1;
			case "ImportProblem" -> 2;
			default -> 0;
		};
	}

	private static List<String> prefixes(String call) {
		return switch (call) {
			case "FieldError", "problem", "fieldProblem", "ImportProblem", "Problem", "new QuotaPlanRefused",
					"FileProblem" ->
				List.of("field.");
			case "ForecastRefused" -> List.of("problem.", "field.");
			case "Text" -> List.of("mail.");
			case "Messages.incident" -> List.of("incident.");
			case "Messages.inCompanyLanguage", "Messages.text" -> List.of("");
			case "ReportWords.word" -> List.of("report.");
			default -> List.of("problem.");
		};
	}

	private static int afterFirstArgument(String source, int from) {
		int depth = 0;
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"') {
				i = source.indexOf('"', i + 1);
			}
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				if (depth-- == 0) {
					return -1;
				}
			}
			else if (c == ',' && depth == 0) {
				return i + 1;
			}
		}
		return -1;
	}

	private static Set<String> places(String text) {
		Set<String> places = new TreeSet<>();
		Matcher place = PLACE.matcher(text);
		while (place.find()) {
			places.add(place.group());
		}
		return places;
	}

	private static Properties read(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
