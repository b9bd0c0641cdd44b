package com.osb.salesops.shared.rules;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Public, so that the sample rules can see its fact class.
 */
@ExtendWith(OutputCaptureExtension.class)
public class RuleSetTest {

	private static final String SIZES = """
			package com.osb.salesops.shared.rules.sample
			import com.osb.salesops.shared.rules.RuleSetTest.Amount

			rule "Large above 100"
			when
			    $amount : Amount(value > 100)
			then
			    $amount.setSize("LARGE");
			end

			rule "Small up to 100"
			when
			    $amount : Amount(value <= 100)
			then
			    $amount.setSize("SMALL");
			end
			""";

	@Test
	void runsTheRulesAndReportsWhichFiredOnWhat() {
		// given
		RuleSet rules = RuleSet.compile("sample", Map.of("sizes.drl", SIZES));
		Amount large = new Amount(150);
		Amount small = new Amount(100);

		// when
		List<FiredRule> fired = rules.run(List.of(large, small));

		// then
		assertThat(large.getSize()).isEqualTo("LARGE");
		assertThat(small.getSize()).isEqualTo("SMALL");
		assertThat(fired).extracting(FiredRule::rule).containsExactlyInAnyOrder("Large above 100", "Small up to 100");
		assertThat(fired).filteredOn((rule) -> rule.rule().equals("Large above 100"))
			.singleElement()
			.satisfies((rule) -> assertThat(rule.facts()).containsExactly(large));
	}

	@Test
	void compilesRulesWhosePackageIsNotTheirFolderWithoutAWarning(CapturedOutput output) {
		// when: the sample's package is not rules/sample, as no capability's package is
		RuleSet.compile("sample", Map.of("sizes.drl", SIZES));

		// then: an operator reads no warning about a layout the analysts' folders are
		// meant to have
		assertThat(output.getAll()).doesNotContain("sizes.drl").doesNotContain("WARN");
	}

	@Test
	void refusesRulesThatDoNotCompileNamingTheError() {
		// when / then
		assertThatThrownBy(() -> RuleSet.compile("broken", Map.of("broken.drl", SIZES.replace("value >", "valeu >"))))
			.isInstanceOf(RuleSetException.class)
			.hasMessageContaining("broken")
			.hasMessageContaining("valeu");
	}

	@Test
	void refusesAnEmptyRuleSet() {
		// when / then
		assertThatThrownBy(() -> RuleSet.compile("none", Map.of())).isInstanceOf(RuleSetException.class)
			.hasMessageContaining("rules/none/*.drl");
	}

	@Test
	void namesItsVersionByItsFilesWhereverAndWheneverItIsCompiled() {
		// when
		RuleSet first = RuleSet.compile("sample", Map.of("sizes.drl", SIZES));
		RuleSet again = RuleSet.compile("sample", Map.of("sizes.drl", SIZES.replace("\n", "\r\n")));
		RuleSet changed = RuleSet.compile("sample", Map.of("sizes.drl", SIZES.replace("value >", "value >=")));

		// then
		assertThat(first.version()).matches("[0-9a-f]{12}").isEqualTo(again.version());
		assertThat(changed.version()).isNotEqualTo(first.version());
		assertThat(first.label()).isEqualTo("rules/sample version " + first.version());
	}

	/** A fact for the sample rules. */
	public static class Amount {

		private final int value;

		private String size;

		public Amount(int value) {
			this.value = value;
		}

		public int getValue() {
			return this.value;
		}

		public String getSize() {
			return this.size;
		}

		public void setSize(String size) {
			this.size = size;
		}

	}

}
