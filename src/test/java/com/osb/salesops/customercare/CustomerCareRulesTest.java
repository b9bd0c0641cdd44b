package com.osb.salesops.customercare;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import com.osb.salesops.customercare.rules.CustomerCareRules;
import com.osb.salesops.customercare.rules.CustomerCareRules.CallbackTerms;
import com.osb.salesops.customercare.rules.CustomerCareRules.RuledFinding;
import com.osb.salesops.customercare.rules.CustomerComplianceFact;
import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.SalesOpsProperties.ClockSettings;
import com.osb.salesops.shared.SalesOpsProperties.Demo;
import com.osb.salesops.shared.SalesOpsProperties.Models;
import com.osb.salesops.shared.rules.ExampleTable;
import com.osb.salesops.shared.rules.RuleSet;
import com.osb.salesops.shared.rules.RuleSets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer care rules of {@code rules/customercare}: every compliance example (each
 * required field, each customer type, each side of each visit interval) and every
 * callback example, with the rules that fired.
 */
class CustomerCareRulesTest {

	private static final RuleSet RULES = RuleSet.compile("customercare", RuleSets.fromClasspath("customercare"));

	private final CustomerCareRules rules = new CustomerCareRules(() -> RULES);

	@Test
	void theReleasedRulesAgreeWithBothTablesOfExamples() {
		// given
		RuleSets ruleSets = new RuleSets(
				new SalesOpsProperties(ZoneId.of("Asia/Shanghai"), new Models(false, Path.of(".").toString(), true),
						new Demo(false), new ClockSettings(null)),
				List.of(new ComplianceExamples(), new CallbackExamples()));

		// when
		RuleSet checked = ruleSets.get("customercare");

		// then
		assertThat(checked).isNotNull();
	}

	@ParameterizedTest
	@CsvFileSource(resources = "/customercare/customer-compliance.examples.csv", useHeadersInDisplayName = true)
	void shouldFindTheDutiesOfTheExample(String example, String customerType, String active, String legalName,
			String taxNumber, String invoiceAddress, String bankAccount, String contactPhone, String receivingContact,
			String daysSinceLastVisit, String daysSinceLastMeeting, String daysSinceLastCall, String logisticsConfirmed,
			String findings) {
		// given
		CustomerComplianceFact fact = ComplianceExamples
			.fact(row(example, customerType, active, legalName, taxNumber, invoiceAddress, bankAccount, contactPhone,
					receivingContact, daysSinceLastVisit, daysSinceLastMeeting, daysSinceLastCall, logisticsConfirmed));

		// when
		List<RuledFinding> found = this.rules.compliance(List.of(fact)).get(0);

		// then
		assertThat(String.join(" ", found.stream().map(RuledFinding::duty).toList()))
			.isEqualTo((findings != null) ? findings : "");
		assertThat(found).allSatisfy((finding) -> assertThat(finding.rule()).isNotBlank());
		assertThat(found).allSatisfy((finding) -> assertThat(finding.explanation()).isNotBlank());
	}

	@Test
	void shouldExplainWhichContactCountedOrThatNoneDid() {
		// given
		CustomerComplianceFact met = ComplianceExamples.fact(row("met", "DISTRIBUTOR", "true", "Qilu Valves",
				"91370100MA3C00001H", "1 Jing Road", "6222", "138", "Zhao Gang", "90", "70", "3", "true"));
		CustomerComplianceFact called = ComplianceExamples.fact(row("called", "DIRECT", "true", "Qilu Valves",
				"91370100MA3C00001H", "1 Jing Road", "6222", "138", "Zhao Gang", null, null, "3", "true"));

		// when
		List<List<RuledFinding>> found = this.rules.compliance(List.of(met, called));

		// then
		assertThat(found.get(0)).singleElement()
			.extracting(RuledFinding::explanation)
			.isEqualTo("A distributor is visited at least every 60 days; the last meeting was 70 days ago");
		assertThat(found.get(1)).singleElement()
			.extracting(RuledFinding::explanation)
			.isEqualTo("A direct customer is visited at least every 90 days; there is no visit or meeting on record");
	}

	@Test
	void shouldNameTheRuleAndTheInputsOfAnOverdueVisit() {
		// given
		CustomerComplianceFact fact = ComplianceExamples.fact(row("late", "KEY_ACCOUNT", "true", "Qilu Valves",
				"91370100MA3C00001J", "1 Jing Road", "6222", "138", "Zhao Gang", "31", null, "2", "true"));

		// when
		List<RuledFinding> found = this.rules.compliance(List.of(fact)).get(0);

		// then
		assertThat(found).extracting(RuledFinding::rule)
			.containsExactly("File incomplete: a valid unified social credit code is required",
					"Visit overdue: a key account is visited at least every 30 days");
		assertThat(found.get(0).explanation()).contains("91370100MA3C00001J").contains("it should be H");
		assertThat(found.get(1).explanation())
			.isEqualTo("A key account is visited at least every 30 days; the last visit was 31 days ago");
	}

	@ParameterizedTest
	@CsvFileSource(resources = "/customercare/delivery-callback.examples.csv", useHeadersInDisplayName = true)
	void shouldDecideTheCallbackOfTheExample(String example, Integer deliveryScore, Integer productScore,
			Integer serviceScore, int failedAttempts, int callbackAfter, int retryAfter, boolean followUp,
			boolean unreachable) {
		// when
		CallbackTerms terms = this.rules.callback(deliveryScore, productScore, serviceScore, failedAttempts);

		// then
		assertThat(terms.callbackAfterBusinessDays()).isEqualTo(callbackAfter);
		assertThat(terms.retryAfterBusinessDays()).isEqualTo(retryAfter);
		assertThat(terms.followUp()).isEqualTo(followUp);
		assertThat(terms.unreachable()).isEqualTo(unreachable);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2 | 3 | 3 | 0 | Follow-up by the sales manager when any score is 2 or less
			  |   |   | 3 | Closed as unreachable after 3 failed attempts
			""")
	void shouldNameTheRulesOfACallback(Integer delivery, Integer product, Integer service, int failed, String rule) {
		// when
		CallbackTerms terms = this.rules.callback(delivery, product, service, failed);

		// then
		assertThat(terms.rulesFired()).containsExactly(
				"Call back 3 business days after delivery, again 1 business day after a failed attempt", rule);
	}

	private static ExampleTable.Row row(String... cells) {
		String header = "example,customerType,active,legalName,taxNumber,invoiceAddress,bankAccount,contactPhone,"
				+ "receivingContact,daysSinceLastVisit,daysSinceLastMeeting,daysSinceLastCall,"
				+ "logisticsConfirmedThisQuarter";
		String line = String.join(",",
				java.util.Arrays.stream(cells).map((cell) -> (cell != null) ? cell : "").toList());
		return ExampleTable.parse(header + "\n" + line).rows().get(0);
	}

}
