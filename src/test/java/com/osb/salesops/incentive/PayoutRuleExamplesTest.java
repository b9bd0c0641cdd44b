package com.osb.salesops.incentive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.SalesOpsProperties.ClockSettings;
import com.osb.salesops.shared.SalesOpsProperties.Demo;
import com.osb.salesops.shared.SalesOpsProperties.Models;
import com.osb.salesops.shared.rules.RuleSetException;
import com.osb.salesops.shared.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Incentive rules go live only when they agree with
 * {@code rules/incentive/payout.examples.csv}.
 */
class PayoutRuleExamplesTest {

	@TempDir
	Path modelRoot;

	@Test
	void theReleasedRulesAgreeWithTheirExamples() throws IOException {
		// given
		FileSystemUtils.copyRecursively(Path.of("rules"), this.modelRoot.resolve("rules"));

		// when
		RuleSets ruleSets = ruleSets();

		// then
		assertThat(ruleSets.get("incentive")).isNotNull();
	}

	@Test
	void aHigherCapIsRefusedNamingTheExampleItBreaks() throws IOException {
		// given
		FileSystemUtils.copyRecursively(Path.of("rules"), this.modelRoot.resolve("rules"));
		Path plan = this.modelRoot.resolve("rules/incentive/payout-plan.drl");
		String original = Files.readString(plan);
		String higherCap = original.replace("new BigDecimal(\"2.50\"))   // cap", "new BigDecimal(\"3.00\"))   // cap");
		assertThat(higherCap).isNotEqualTo(original);
		Files.writeString(plan, higherCap);

		// when
		RuleSetException refused = catchThrowableOfType(RuleSetException.class, () -> ruleSets().get("incentive"));

		// then
		assertThat(refused.getMessage()).contains("rule set 'payout' disagrees with")
			.contains("- worked example: 400% capped (line 6): payoutRate expected 2.5, was 3;"
					+ " payout expected 25000.00, was 30000.00");
	}

	private RuleSets ruleSets() {
		return new RuleSets(new SalesOpsProperties(ZoneId.of("Asia/Shanghai"),
				new Models(true, this.modelRoot.toString(), true), new Demo(false), new ClockSettings(null)),
				List.of(new PayoutExamples()));
	}

}
