package com.osb.salesops.quota;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.SalesOpsProperties.ClockSettings;
import com.osb.salesops.shared.SalesOpsProperties.Demo;
import com.osb.salesops.shared.SalesOpsProperties.Models;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSetExamples;
import com.osb.salesops.shared.rules.RuleSetException;
import com.osb.salesops.shared.rules.RuleSets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Quota rules go live only when they agree with
 * {@code rules/quota/quota-allocation.examples.csv}: at start-up and when a DRL is saved
 * in development, where the rules in use stay when the new ones are refused.
 */
class QuotaRuleExamplesTest {

	private static final String RAMP = "$rep.setRampFactor(new BigDecimal(\"0.5\"));";

	@TempDir
	Path modelRoot;

	@BeforeEach
	void copyTheRules() throws IOException {
		FileSystemUtils.copyRecursively(Path.of("rules"), this.modelRoot.resolve("rules"));
	}

	@Test
	void theReleasedRulesAgreeWithTheirExamples() {
		// when
		RuleSet rules = ruleSets(List.of(new QuotaAllocationExamples())).get("quota");

		// then
		assertThat(rules).isNotNull();
	}

	@Test
	void rulesThatBreakAnExampleAreRefusedWithEachBrokenExample() throws IOException {
		// given
		rampFactor("0.6");

		// when
		RuleSetException refused = catchThrowableOfType(RuleSetException.class,
				() -> ruleSets(List.of(new QuotaAllocationExamples())).get("quota"));

		// then
		assertThat(refused.getMessage())
			.startsWith("rules/quota/*.drl: rule set 'quota-allocation' disagrees with 3 of 7"
					+ " examples in rules/quota/quota-allocation.examples.csv:")
			.contains("- worked example of POLICY 4 (line 6): idealQuota of rep R3 expected 81081.08, was 95744.68;"
					+ " quota of rep R3 expected 79600, was 93500");
		assertThat(refused.checks()).singleElement().satisfies((check) -> assertThat(check.broken()).isNotEmpty());
	}

	@Test
	void aSavedRuleThatBreaksAnExampleLeavesTheRulesInUse() throws IOException {
		// given
		RuleSets ruleSets = ruleSets(List.of(new QuotaAllocationExamples()));
		RuleSet inUse = ruleSets.get("quota");
		Path drl = rampFactor("0.6");

		// when
		ruleSets.changed(List.of(drl));

		// then
		assertThat(ruleSets.get("quota")).isSameAs(inUse);
	}

	@Test
	void aSavedRuleThatKeepsTheExamplesReplacesTheRulesInUse() throws IOException {
		// given
		RuleSets ruleSets = ruleSets(List.of(new QuotaAllocationExamples()));
		RuleSet inUse = ruleSets.get("quota");
		Path drl = this.modelRoot.resolve("rules/quota/quota-allocation.drl");
		Files.writeString(drl, Files.readString(drl) + "\n// reviewed\n");

		// when
		ruleSets.changed(List.of(drl));

		// then
		assertThat(ruleSets.get("quota")).isNotSameAs(inUse);
	}

	@Test
	void rulesWithoutATableOfExamplesAreRefused() {
		// when
		RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> ruleSets(List.of()).get("quota"));

		// then
		assertThat(refused.getMessage()).contains("rule set 'quota'")
			.contains("there is no table of examples for these rules");
	}

	private Path rampFactor(String factor) throws IOException {
		Path drl = this.modelRoot.resolve("rules/quota/quota-allocation.drl");
		String original = Files.readString(drl);
		String changed = original.replace(RAMP, RAMP.replace("0.5", factor));
		assertThat(changed).isNotEqualTo(original);
		Files.writeString(drl, changed);
		return drl;
	}

	private RuleSets ruleSets(List<RuleSetExamples> examples) {
		return new RuleSets(new SalesOpsProperties(ZoneId.of("Asia/Shanghai"),
				new Models(true, this.modelRoot.toString(), true), new Demo(false), new ClockSettings(null)), examples);
	}

}
