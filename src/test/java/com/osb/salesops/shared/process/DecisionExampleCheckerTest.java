package com.osb.salesops.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.osb.salesops.shared.process.DecisionExampleChecker.Examples;
import com.osb.salesops.shared.rules.BrokenExample;
import com.osb.salesops.shared.rules.ExampleCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

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

		// when
		List<ExampleCheck> checks = this.checker.check(key + ".dmn", dmn, DecisionExampleCheckerTest::released);

		// then
		assertThat(checks).isNotEmpty().allSatisfy((check) -> assertThat(check.passed()).as(check.report()).isTrue());
	}

	@Test
	void refusesARuleThatBreaksAWorkedExample() throws IOException {
		// given
		String original = text("rules/credit-limit.dmn");
		String threeMonthsForGradeA = original.replace(GRADE_A_COVER,
				"<outputEntry id=\"OutputEntry_TermsA_Cover\"><text>3.0</text>");
		assertThat(threeMonthsForGradeA).isNotEqualTo(original);

		// when
		List<ExampleCheck> checks = this.checker.check("credit-limit.dmn",
				threeMonthsForGradeA.getBytes(StandardCharsets.UTF_8), DecisionExampleCheckerTest::released);

		// then
		assertThat(checks).singleElement().satisfies((check) -> {
			assertThat(check.passed()).isFalse();
			assertThat(check.report())
				.startsWith("credit-limit.dmn: decision 'credit-limit' disagrees with 6 of 32"
						+ " examples in rules/credit-limit.examples.csv:")
				.contains("- worked example 1: grade A with high growth (line 2): "
						+ "monthsOfCover expected 2.0, was 3.0; formulaLimit expected 240000, was 360000")
				.contains("- maxOverdueDays 90 is not yet E (line ")
				.doesNotContain("worked example 2");
			assertThat(check.broken()).contains(BrokenExample.differs("worked example 1: grade A with high growth", 2,
					"monthsOfCover", "2.0", "3.0"));
		});
	}

	@Test
	void findsTheExamplesByDecisionKeyWhateverTheFileIsCalled() throws IOException {
		// given
		byte[] dmn = resource("rules/order-approval-level.dmn");
		List<String> asked = new ArrayList<>();

		// when
		List<ExampleCheck> checks = this.checker.check("my changes/approval v2.dmn", dmn, (key) -> {
			asked.add(key);
			return released(key);
		});

		// then
		assertThat(asked).containsExactly("order-approval-level");
		assertThat(checks).singleElement()
			.satisfies((check) -> assertThat(check.report())
				.isEqualTo("my changes/approval v2.dmn: decision" + " 'order-approval-level' agrees with all "
						+ check.total() + " examples in rules/order-approval-level.examples.csv"));
	}

	@Test
	void refusesATopDecisionWithoutExamplesButNotTheDecisionsItRequires() throws IOException {
		// given
		byte[] dmn = resource("rules/credit-limit.dmn");

		// when
		List<ExampleCheck> checks = this.checker.check("credit-limit.dmn", dmn, (key) -> Optional.empty());

		// then
		assertThat(checks).singleElement().satisfies((check) -> {
			assertThat(check.rule()).isEqualTo("decision 'credit-limit'");
			assertThat(check.report()).contains("there is no table of examples; add rules/credit-limit.examples.csv");
		});
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
		List<ExampleCheck> checks = this.checker.check("order-approval-level.dmn",
				resource("rules/order-approval-level.dmn"),
				(key) -> Optional.of(new Examples("order-approval-level.examples.csv", examples)));

		// then
		assertThat(checks).singleElement()
			.satisfies((check) -> assertThat(check.report()).contains("disagrees with 2 of 3 examples")
				.contains("- a total in words, which the rule cannot compare (line 2): cannot be evaluated: ")
				.contains("- discount 30 wrongly expected with the sales manager (line 3): "
						+ "approvalLevel expected SALES_MANAGER, was GENERAL_MANAGER")
				.doesNotContain("grade A stays"));
	}

	@Test
	void refusesAnExamplesTableThatExpectsNoOutputOfTheDecision() throws IOException {
		// given
		String examples = """
				example,orderTotal,maxDiscountPercent,grade,level
				grade A stays with the sales manager,50000,5,A,SALES_MANAGER
				""";

		// when
		List<ExampleCheck> checks = this.checker.check("order-approval-level.dmn",
				resource("rules/order-approval-level.dmn"),
				(key) -> Optional.of(new Examples("order-approval-level.examples.csv", examples)));

		// then
		assertThat(checks).singleElement()
			.satisfies((check) -> assertThat(check.report())
				.contains("the table expects none of the decision's outputs [approvalLevel]"));
	}

	private static Optional<Examples> released(String key) {
		String name = "rules/" + key + ".examples.csv";
		try (InputStream stream = DecisionExampleCheckerTest.class.getClassLoader().getResourceAsStream(name)) {
			return (stream != null)
					? Optional.of(new Examples(name, new String(stream.readAllBytes(), StandardCharsets.UTF_8)))
					: Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
