package com.osb.salesops.shared.process;

import java.io.IOException;
import java.util.stream.Stream;
import java.util.List;
import java.nio.file.Path;
import java.nio.file.Files;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.exception.NotValidException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The rules as released agree with their examples, and a changed rule that breaks one is
 * refused with each broken example named.
 */
class DecisionExampleCheckerTest {

	private static final String GRADE_A_COVER = "<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>2.0</text>";

	private final DecisionExampleChecker checker = new DecisionExampleChecker();

	/** Every decision in rules/ that has an examples table next to it. */
	static Stream<String> releasedRulesWithExamples() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("rules"))) {
			List<String> keys = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".dmn"))
				.map((name) -> name.substring(0, name.length() - ".dmn".length()))
				.filter((key) -> Files.exists(Path.of("rules", key + ".examples.csv")))
				.sorted()
				.toList();
			return keys.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("releasedRulesWithExamples")
	void acceptsEveryReleasedRule(String key) throws IOException {
		// given
		byte[] dmn = resource("rules/" + key + ".dmn");
		String examples = text("rules/" + key + ".examples.csv");

		// when
		Throwable refused = catchThrowable(
				() -> this.checker.check("rules/" + key + ".dmn", dmn, "rules/" + key + ".examples.csv", examples));

		// then
		assertThat(refused).isNull();
	}

	@Test
	void refusesARuleThatBreaksAWorkedExample() throws IOException {
		// given
		String original = text("rules/credit-limit.dmn");
		String threeMonthsForGradeA = original.replace(GRADE_A_COVER,
				"<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>3.0</text>");
		assertThat(threeMonthsForGradeA).isNotEqualTo(original);

		// when
		Throwable refused = catchThrowable(() -> this.checker.check("rules/credit-limit.dmn",
				threeMonthsForGradeA.getBytes(StandardCharsets.UTF_8), "rules/credit-limit.examples.csv",
				text("rules/credit-limit.examples.csv")));

		// then
		assertThat(refused).isInstanceOf(NotValidException.class)
			.hasMessageStartingWith(
					"rules/credit-limit.dmn disagrees with 6 of 32 examples in " + "rules/credit-limit.examples.csv:")
			.hasMessageContaining("- worked example 1: grade A with high growth: "
					+ "monthsOfCover expected 2.0, was 3.0; formulaLimit expected 240000, was 360000")
			.hasMessageContaining("- maxOverdueDays 90 is not yet E: monthsOfCover expected 2.0, was 3.0")
			.hasMessageEndingWith("- sales 0 gives formula 0 even for grade A: monthsOfCover expected 2.0, was 3.0")
			.hasMessageNotContaining("worked example 2");
	}

	@Test
	void namesEveryExampleThatDisagreesOrCannotBeEvaluated() throws IOException {
		// given
		String examples = """
				example,orderTotal,maxDiscountPercent,grade,approvalLevel
				"a total in words, which the rule cannot compare",fifty thousand,5,A,SALES_MANAGER
				discount 30 wrongly expected with the sales manager,50000,30,A,SALES_MANAGER
				grade A stays with the sales manager,50000,5,A,SALES_MANAGER
				""";

		// when
		Throwable refused = catchThrowable(() -> this.checker.check("rules/order-approval-level.dmn",
				resource("rules/order-approval-level.dmn"), "rules/order-approval-level.examples.csv", examples));

		// then
		assertThat(refused).isInstanceOf(NotValidException.class)
			.hasMessageContaining("disagrees with 2 of 3 examples")
			.hasMessageContaining("- a total in words, which the rule cannot compare: cannot be evaluated: ")
			.hasMessageContaining("- discount 30 wrongly expected with the sales manager: "
					+ "approvalLevel expected SALES_MANAGER, was GENERAL_MANAGER")
			.hasMessageNotContaining("grade A stays");
	}

	@Test
	void refusesAnExamplesTableThatExpectsNoOutputOfTheDecision() throws IOException {
		// given
		String examples = """
				example,orderTotal,maxDiscountPercent,grade,level
				grade A stays with the sales manager,50000,5,A,SALES_MANAGER
				""";

		// when
		Throwable refused = catchThrowable(() -> this.checker.check("rules/order-approval-level.dmn",
				resource("rules/order-approval-level.dmn"), "rules/order-approval-level.examples.csv", examples));

		// then
		assertThat(refused).isInstanceOf(NotValidException.class)
			.hasMessageContaining(
					"rules/order-approval-level.examples.csv expects none of the outputs [approvalLevel]");
	}

	private static String text(String name) throws IOException {
		return new String(resource(name), StandardCharsets.UTF_8);
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream stream = DecisionExampleCheckerTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(stream).as(name).isNotNull();
			return stream.readAllBytes();
		}
	}

}
