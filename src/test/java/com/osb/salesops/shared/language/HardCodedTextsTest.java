package com.osb.salesops.shared.language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No sentence a person reads is written in English alone in the code: a refusal of the
 * API, a field's problem, a BPMN error, a task's note, the subject of a mail. Each such
 * text is written with its code, and its words come from the message bundles in the
 * reader's language (or the company's, for what the engine keeps).
 */
class HardCodedTextsTest {

	/** The calls that hand a person a text, each with a literal English sentence. */
	private static final Map<String, Pattern> RULES = Map.of(
			"a field's problem without its code: FieldError.of(field, code, english, args)",
			Pattern.compile("new FieldError\\(\\s*[^,;]+,\\s*\"[^\"]*[A-Za-z]{2}"),
			"a refusal without its code: InvalidRequestException.of(status, code, english, errors, args)",
			Pattern.compile("new InvalidRequestException\\(\\s*HttpStatus\\.\\w+,\\s*\"[^\"]*[A-Za-z]{2}"),
			"a refusal without its code: NotFoundException.of / ForbiddenException.of",
			Pattern.compile("new (?:NotFoundException|ForbiddenException)\\(\\s*\"[^\"]*[A-Za-z]{2}"),
			"a BPMN error's message in English: Messages.incident(code, english, args)",
			Pattern.compile("new BpmnError\\(\\s*[^,;]+,\\s*\"[^\"]*[A-Za-z]{2}"),
			"a task's note in English: Messages.inCompanyLanguage(\"note.<code>\", english, args)",
			Pattern.compile("\\.note\\(\\s*\"[^\"]*[A-Za-z]{2}"),
			"a form's refusal in English: Messages.text(\"field.<code>\", english, args)",
			Pattern.compile("new FormFieldValidationException\\(\\s*[^,;]+,\\s*\"[^\"]*[A-Za-z]{2}"),
			"a mail's subject in English: Text.of(code, english, args)",
			Pattern.compile("\\.notify\\([^;]*?,\\s*\"[A-Z][a-z]+ [a-z]+[^\"]*\"\\s*,\\s*\""),
			"a problem listed in English: Messages.text(\"field.<code>\", english, args) or a coded problem",
			Pattern.compile(
					"problems\\.add\\(\\s*(?:\\d+,\\s*)?(?:(?:[\\w.()]+|\"[^\"]*\")\\s*\\+\\s*)*\"[^\"]*[a-z]{2,} [a-z]{2,}"),
			"an engine's refusal in English: Messages.refusal(code, english, args)",
			Pattern
				.compile("(?:new (?:BadUserRequestException|AuthorizationException)|\\brefused)\\(\\s*(?:command,\\s*)?"
						+ "\"[^\"]*[A-Za-z]{2,} [A-Za-z]"),
			"a form's text in English: Messages.inCompanyLanguage(\"form-text.<code>\", english, args)",
			Pattern.compile(
					"\\.setVariable(?:Local)?\\(\\s*[^,;]+,(?:(?!Messages\\.)[^;])*?\"[A-Z][a-z]+ [a-z]+[^\"]*\""));

	@Test
	void noSentenceAPersonReadsIsHardCodedInEnglish() throws IOException {
		// given
		List<String> found = new ArrayList<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				found.addAll(hardCoded(source.toString(), Files.readString(source)));
			}
		}

		// then
		assertThat(found).as("texts for a person written in English only").isEmpty();
	}

	@Test
	void findsEachKindOfHardCodedText() {
		assertThat(hardCoded("A", "throw new InvalidRequestException(HttpStatus.CONFLICT, \"Order is closed\", x);"))
			.hasSize(1);
		assertThat(hardCoded("B", "errors.add(new FieldError(\"sku\", \"is not a product\"));")).hasSize(1);
		assertThat(hardCoded("C", "throw new NotFoundException(\"No such order\");")).hasSize(1);
		assertThat(hardCoded("D", "throw new BpmnError(ERROR, \"Not enough stock\");")).hasSize(1);
		assertThat(hardCoded("E", "task.note(\"Offered to \" + user);")).hasSize(1);
		assertThat(hardCoded("F", "this.notifications.notify(null, users, \"Weekly report\", \"Body\");")).hasSize(1);
		assertThat(hardCoded("I", "throw new FormFieldValidationException(\"decision\", \"Choose A or B\");"))
			.hasSize(1);
		assertThat(hardCoded("J", "task.setVariableLocal(DUE_TEXT, \"No deadline\");")).hasSize(1);
		assertThat(hardCoded("K", "task.setVariableLocal(\"overdueText\",\n\t\tempty ? \"Nothing overdue\" : text);"))
			.hasSize(1);
		assertThat(hardCoded("L", "task.setVariableLocal(\"dueText\", this.clock.text(due, language));")).isEmpty();
		assertThat(hardCoded("M", "task.setVariableLocal(\"overdueText\", empty\n\t\t? Messages.inCompanyLanguage("
				+ "\"form-text.nothing-overdue\", \"Nothing overdue\") : text);"))
			.isEmpty();
		assertThat(hardCoded("N", "problems.add(\"row \" + row + \": the statement has no line \" + line);"))
			.hasSize(1);
		assertThat(hardCoded("O", "problems.add(this.key + \" must be at most \" + this.max);")).hasSize(1);
		assertThat(hardCoded("P", "throw new BadUserRequestException(\"Tenants are not used here\");")).hasSize(1);
		assertThat(hardCoded("Q", "throw refused(command, \"The variables of a process are set by its steps\");"))
			.hasSize(1);
		assertThat(hardCoded("R", "problems.add(name + \" \" + Messages.text(\"field.x\", \"is not a form\"));"))
			.isEmpty();
		assertThat(hardCoded("S", "problems.add(FieldError.of(\"plan\", \"x\", \"threshold {0} is above\", a));"))
			.isEmpty();
		assertThat(hardCoded("G", "errors.add(FieldError.of(\"sku\", \"no-such-product\", \"is not a product\"));"))
			.isEmpty();
		assertThat(hardCoded("H", "new FieldError(field, violation.getMessage(), code(template))")).isEmpty();
	}

	private static List<String> hardCoded(String file, String source) {
		List<String> found = new ArrayList<>();
		RULES.forEach((rule, pattern) -> {
			Matcher hit = pattern.matcher(source);
			while (hit.find()) {
				int line = (int) source.substring(0, hit.start()).chars().filter((c) -> c == '\n').count() + 1;
				found.add(file + ":" + line + ": " + rule);
			}
		});
		return found;
	}

}
